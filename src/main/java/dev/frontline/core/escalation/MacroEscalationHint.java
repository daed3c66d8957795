package dev.frontline.core.escalation;

import java.util.Optional;

/**
 * Detector 7: a likely macro for a message is marked {@code escalate:}. Supplied by the answer bank;
 * given the message's vector so that matching costs no second embedding.
 */
@FunctionalInterface
public interface MacroEscalationHint {
    Optional<Flag> forMessage(String text, float[] vector);

    /** What the hint's answer depends on besides the message (the answer bank's current matcher). */
    default Object version() {
        return this;
    }

    static MacroEscalationHint none() {
        return (text, vector) -> Optional.empty();
    }
}
