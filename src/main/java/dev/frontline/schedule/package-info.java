/** Runs the core's routines on time, each occurrence once ({@link dev.frontline.schedule.RoutineRunner}). */
package dev.frontline.schedule;
