package dev.frontline.eval;

import dev.frontline.core.answers.MacroMatcher;

import java.util.List;
import java.util.Optional;

/**
 * Decides whether a message would be escalated, and under which category, given the ranked macro
 * matches. The answer bank alone escalates when a likely macro is marked {@code escalate:};
 * escalation detectors can be layered on top.
 */
@FunctionalInterface
public interface EscalationJudge {
    /** @param ranked the three best matches, best first */
    Optional<String> categoryFor(String text, MacroMatcher matcher, List<MacroMatcher.Match> ranked);

    /** As the bot does: a likely macro marked {@code escalate:} flags the message. */
    static EscalationJudge fromMacros() {
        return (text, matcher, ranked) -> matcher.escalationAmong(ranked).map(m -> m.macro().escalate());
    }
}
