package dev.frontline.core.escalation;

import dev.frontline.core.model.Action;

import java.time.Instant;
import java.util.List;

/**
 * Told when the set of undecided cards changes (a card posted or decided), inside the same unit of
 * work, so a live list of pending decisions is edited with the change itself.
 */
@FunctionalInterface
public interface DecisionQueue {
    DecisionQueue NONE = at -> List.of();

    List<Action> changed(Instant at);
}
