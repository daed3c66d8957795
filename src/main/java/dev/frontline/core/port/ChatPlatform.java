package dev.frontline.core.port;

import dev.frontline.core.model.Action;
import dev.frontline.core.model.Place;

/**
 * The one interface the core talks to a chat platform through: post a public reply, post privately
 * to staff or one user, post a card with buttons, update a card, open a form, upload a file — each an
 * {@link Action}. Implementations render and escape text for their platform and must never throw
 * for a single failed action: they log it and carry on.
 */
public interface ChatPlatform {

    /** Short lower-case name stored with tickets: {@code console}, {@code slack}, {@code discord}. */
    String name();

    /** Performs one action. Called from any thread. */
    void perform(Action action);

    /** A link a person can click to open the conversation at {@code place}. */
    String permalink(dev.frontline.core.model.Place place);

    default void performAll(Iterable<? extends Action> actions) {
        for (Action action : actions) perform(action);
    }

    /** Convenience for places that need a link but may lack one. */
    default String linkOrRef(Place place, String fallback) {
        String link = permalink(place);
        return link == null || link.isBlank() ? fallback : link;
    }
}
