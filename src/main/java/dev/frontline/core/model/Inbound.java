package dev.frontline.core.model;

import java.time.Instant;
import java.util.Map;

/** What platforms hand to the core: already parsed out of each platform's own event shapes. */
public sealed interface Inbound {
    Place place();

    UserRef user();

    Instant at();

    /** A chat message. {@code messageId} is the platform's id of this message (used as thread key for a new ticket). */
    record Message(String messageId, Place place, UserRef user, String text, Instant at) implements Inbound {}

    /** A slash command, name without the slash, lower-case; {@code args} is the rest of the line. */
    record Command(String name, String args, Place place, UserRef user, Instant at) implements Inbound {}

    /** A button press. {@code cardId} is the card's core id when the button sat on a card, else null. */
    record Click(String actionId, String cardId, Place place, UserRef user, Instant at) implements Inbound {}

    /** A submitted form. */
    record FormSubmit(String formId, Map<String, String> values, Place place, UserRef user, Instant at)
            implements Inbound {
        public FormSubmit {
            values = Map.copyOf(values);
        }
    }
}
