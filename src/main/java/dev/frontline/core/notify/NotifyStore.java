package dev.frontline.core.notify;

import java.time.Instant;
import java.util.Optional;

/** What the notification feature remembers for one platform; every write commits with the event's unit of work. */
public interface NotifyStore {

    /** How often a card was reminded and when last. */
    record Reminded(int sent, Instant lastSentAt) {}

    Optional<Reminded> reminded(String cardId);

    void recordReminder(String cardId, int sent, Instant at);

    /** The text of the live queue message as last posted or edited; empty when it was never posted. */
    Optional<String> queueText();

    void saveQueueText(String text, Instant at);

    /** How a person wants reminders; {@link Mode#CHANNEL} unless they chose otherwise. */
    Mode mode(String userId);

    void setMode(String userId, Mode mode);

    /** Every choice made with /notify, by user id. */
    java.util.Map<String, Mode> modes();

    enum Mode {
        /** Pinged in the owner channel (the default). */
        CHANNEL,
        /** Pinged by direct message instead. */
        DM,
        /** Not pinged; the queue message still shows every card. */
        OFF
    }
}
