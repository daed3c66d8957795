package dev.frontline.core.model;

import java.util.List;

/**
 * Something the bot wants done on the chat platform. Core handlers return actions as values and
 * the platform adapter performs them, so the core never touches a chat SDK and tests read the
 * actions directly. Every text here is plain text: adapters escape it for their platform.
 */
public sealed interface Action {

    /** The platform that performs this action: the one its place (or card) is on. */
    default String platform() {
        if (this instanceof Reply a) return a.place().platform();
        if (this instanceof StaffNote a) return a.place().platform();
        if (this instanceof PrivateReply a) return a.place().platform();
        if (this instanceof PostCard a) return a.place().platform();
        if (this instanceof UpdateCard a) return a.platform();
        if (this instanceof OpenForm a) return a.place().platform();
        if (this instanceof StartThread a) return a.place().platform();
        if (this instanceof UploadFile a) return a.place().platform();
        throw new IllegalStateException("unknown action " + this);
    }

    /** A public message in a channel or thread; the customer sees it. */
    record Reply(Place place, String text, List<Button> buttons) implements Action {
        public Reply {
            buttons = List.copyOf(buttons);
        }

        public Reply(Place place, String text) {
            this(place, text, List.of());
        }
    }

    /**
     * A note that only staff may see (suggestions, flags, internal notes). Features address it to
     * the ticket it is about; the core moves notes out of ticket channels into the staff channel
     * and keeps the ticket's place in {@code about} (null when the note is about no conversation).
     */
    record StaffNote(Place place, String text, List<Button> buttons, Place about) implements Action {
        public StaffNote {
            buttons = List.copyOf(buttons);
        }

        public StaffNote(Place place, String text, List<Button> buttons) {
            this(place, text, buttons, null);
        }

        public StaffNote(Place place, String text) {
            this(place, text, List.of(), null);
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

    /** Replaces the content of a card posted earlier on {@code platform}. */
    record UpdateCard(String platform, String cardId, Card card) implements Action {}

    /** Asks one user to fill a form (a modal). */
    record OpenForm(String userId, Place place, Form form) implements Action {}

    /**
     * A conversation starts at {@code place}: its thread key is the message (or card) it hangs on.
     * Platforms where a thread must be made explicitly (Discord) make it; others have nothing to do.
     */
    record StartThread(Place place, String title) implements Action {}

    /** A file (e.g. a chart) with a caption. */
    record UploadFile(Place place, Audience audience, String fileName, byte[] content, String caption)
            implements Action {}
}
