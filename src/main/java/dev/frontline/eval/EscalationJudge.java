package dev.frontline.eval;

import dev.frontline.core.answers.MacroMatcher;

import java.util.List;
import java.util.Optional;

/**
 * Decides whether a message would be escalated, under which category and why, given its vector and
 * the ranked macro matches. The answer bank alone escalates when a likely macro is marked
 * {@code escalate:}; escalation detectors can be layered on top.
 */
@FunctionalInterface
public interface EscalationJudge {
    /** A decision to escalate: the category and the evidence staff would see. */
    record Verdict(String category, String evidence) {}

    /**
     * @param vector the message's embedding, computed once for the matcher and the detectors
     * @param ranked the three best matches, best first
     */
    Optional<Verdict> judge(String text, float[] vector, MacroMatcher matcher, List<MacroMatcher.Match> ranked);

    /** As the bot does: a likely macro marked {@code escalate:} flags the message. */
    static EscalationJudge fromMacros() {
        return (text, vector, matcher, ranked) -> matcher.escalationAmong(ranked)
                .map(m -> new Verdict(m.macro().escalate(), "a likely macro '" + m.macro().id() + "' is marked escalate"));
    }
}
