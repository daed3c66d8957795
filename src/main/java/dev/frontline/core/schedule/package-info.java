/** Scheduled work as values: a {@link dev.frontline.core.schedule.Routine} and its {@link dev.frontline.core.schedule.Schedule}. */
package dev.frontline.core.schedule;
