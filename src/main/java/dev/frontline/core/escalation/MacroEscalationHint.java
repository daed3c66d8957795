package dev.frontline.core.escalation;

import java.util.Optional;

/** Detector 7: the best-matching macro for a message is marked {@code escalate:}. Supplied by the answer bank. */
@FunctionalInterface
public interface MacroEscalationHint {
    Optional<Flag> forText(String text);

    static MacroEscalationHint none() {
        return text -> Optional.empty();
    }
}
