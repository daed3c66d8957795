/**
 * The rhythm: coverage (business hours, extended, follow the sun) and the SLA clock over covered
 * time, shift posts, the weekly review, follow-ups.
 */
package dev.frontline.core.shift;
