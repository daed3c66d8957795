package dev.frontline.core.model;

import java.util.List;

/**
 * Something the bot wants done on the chat platform. Core handlers return actions as values and
 * the platform adapter performs them, so the core never touches a chat SDK and tests read the
 * actions directly. Every text here is plain text: adapters escape it for their platform.
 */
public sealed interface Action {

    /** A public message in a channel or thread; the customer sees it. */
    record Reply(Place place, String text, List<Button> buttons) implements Action {
        public Reply {
            buttons = List.copyOf(buttons);
        }

        public Reply(Place place, String text) {
            this(place, text, List.of());
        }
    }

    /** A note about a place that only staff may see (suggestions, flags, internal notes). */
    record StaffNote(Place place, String text, List<Button> buttons) implements Action {
        public StaffNote {
            buttons = List.copyOf(buttons);
        }

        public StaffNote(Place place, String text) {
            this(place, text, List.of());
        }
    }

    /** A message only one user sees (command output, "not allowed"). */
    record PrivateReply(String userId, Place place, String text, List<Button> buttons) implements Action {
        public PrivateReply {
            buttons = List.copyOf(buttons);
        }

        public PrivateReply(String userId, Place place, String text) {
            this(userId, place, text, List.of());
        }
    }

    /** A card with buttons posted to a channel (owner channel, a tier queue, the team channel). */
    record PostCard(Place place, Audience audience, Card card) implements Action {}

    /** Replaces the content of a card posted earlier. */
    record UpdateCard(String cardId, Card card) implements Action {}

    /** Asks one user to fill a form (a modal). */
    record OpenForm(String userId, Place place, Form form) implements Action {}

    /** A file (e.g. a chart) with a caption. */
    record UploadFile(Place place, Audience audience, String fileName, byte[] content, String caption)
            implements Action {}
}
