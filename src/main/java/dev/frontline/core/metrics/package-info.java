/** The three honest metrics — first response time, resolution time, CSAT — and the clean-close rate. */
package dev.frontline.core.metrics;
