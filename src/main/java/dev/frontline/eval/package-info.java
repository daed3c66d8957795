/** The benchmark harness behind the {@code eval} command: accuracy, "nothing fits", escalation and latency on labelled cases. */
package dev.frontline.eval;
