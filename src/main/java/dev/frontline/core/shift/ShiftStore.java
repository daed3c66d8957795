package dev.frontline.core.shift;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Durable shift records. {@code shiftKey} names one shift, e.g. {@code Berlin 2026-11-24}. */
public interface ShiftStore {

    record Note(String shiftKey, String kind, String author, String text, Instant at) {}

    /** kind: {@code priorities} (answer to the start-of-shift prompt) or {@code note} (for the end summary). */
    void addNote(String shiftKey, String kind, String author, String text, Instant at);

    List<Note> notes(String shiftKey);

    /** kind: {@code start}, {@code end} or {@code weekly}. */
    void saveSummary(String shiftKey, String kind, String text, Instant at);

    Optional<String> summary(String shiftKey, String kind);

    void saveDue(long ticketId, Instant dueAt);

    Optional<Instant> due(long ticketId);
}
