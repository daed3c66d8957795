package dev.frontline.core.port;

import dev.frontline.core.model.Place;


/**
 * The one interface the core's actions reach a chat platform through. The outbox sender hands
 * each stored action to {@link #deliver}; implementations render and escape text for their
 * platform, never throw for a single action, and say in the returned {@link Delivery} whether it
 * was posted, must be retried, or may have been posted (a timeout), so that nothing is posted twice.
 */
public interface ChatPlatform {

    /** Short lower-case name, the {@link Place#platform()} of its places: {@code console}, {@code slack}, {@code discord}. */
    String name();

    /** Tries once to perform the action. Called from any thread. */
    Delivery deliver(Outgoing outgoing);

    /** What a platform can say about an action whose earlier delivery may have arrived. */
    enum Verification {
        /** It was posted: record it as sent. */
        ALREADY_DELIVERED,
        /** It was not posted, or posting again cannot duplicate it (an idempotency key): send. */
        SAFE_TO_SEND,
        /** The platform cannot tell: do not send again (nobody may get it twice). */
        UNKNOWN,
        /** The check itself failed (the platform is down): ask again later. */
        CHECK_LATER
    }

    /** Called before a new attempt at an action whose earlier attempt may have been delivered. */
    default Verification verify(Outgoing outgoing) {
        return Verification.UNKNOWN;
    }

    /** A link a person can click to open the conversation at {@code place}. */
    String permalink(Place place);
}
