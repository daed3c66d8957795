/**
 * The benchmark harness behind {@code eval} (accuracy, "nothing fits" and its threshold sweep,
 * escalation per category, misses, latency of the whole triage) and {@code tune} (cross-validation of
 * the escalation model on the phrasebook, to choose thresholds on data).
 */
package dev.frontline.eval;
