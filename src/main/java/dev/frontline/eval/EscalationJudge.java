package dev.frontline.eval;

import dev.frontline.core.answers.MacroMatcher;

import java.util.Optional;

/**
 * Decides whether a message would be escalated, and under which category, given the best macro
 * match. The answer bank alone escalates when the best fitting macro is marked {@code escalate:};
 * escalation detectors can be layered on top.
 */
@FunctionalInterface
public interface EscalationJudge {
    Optional<String> categoryFor(String text, Optional<MacroMatcher.Match> best);

    static EscalationJudge fromMacros() {
        return (text, best) -> best.map(m -> m.macro().escalate());
    }
}
