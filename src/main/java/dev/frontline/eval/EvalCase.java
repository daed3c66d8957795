package dev.frontline.eval;

/** One labelled message: the macro that should rank first (null: nothing fits) and the escalation it needs (null: none). */
public record EvalCase(String text, String macro, String escalate) {}
