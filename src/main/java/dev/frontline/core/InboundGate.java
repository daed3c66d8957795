package dev.frontline.core;

import dev.frontline.core.model.Inbound;

import java.util.Optional;

/**
 * Asked before any event is handled: a gate may refuse it, with the reason the sender is told.
 * A refused event changes nothing. Used for limits that hold across every feature (a trial's sandbox).
 */
@FunctionalInterface
public interface InboundGate {
    Optional<String> refusal(Inbound inbound);
}
