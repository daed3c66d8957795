package dev.frontline.core.port;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * What the owner's records need beyond tickets: finding and erasing everything stored about one
 * customer in every table, and purging data older than the retention windows. Implementations
 * read the store's own metadata, so a table added later is covered without changing this port.
 */
public interface RecordStore {

    /**
     * Everything stored about {@code customer} (a user id or a display name, matched without case):
     * their ids and names as found on tickets, their tickets, and every other value naming them.
     */
    CustomerRecords gather(String customer);

    /**
     * Replaces the customer's messages, names and ids in every column of every table with
     * placeholders, keeps their tickets under a random pseudonym (so counts and metrics stay), and
     * writes an audit row by {@code actor}; all in one transaction.
     */
    Erasure erase(String customer, String actor, Instant at);

    /**
     * Blanks the text of messages and notes older than {@code messagesBefore}, drops delivered
     * inbox/outbox rows and doc gaps older than it, and deletes audit rows older than
     * {@code auditBefore}; a null bound keeps that kind. Writes one audit row with the counts.
     */
    Purge purge(Instant messagesBefore, Instant auditBefore, Instant at);

    /** The purges recorded in [from, to), summed. */
    Purge purgedBetween(Instant from, Instant to);

    /** One stored value naming the customer outside their tickets. */
    record Mention(String table, String column, String value) {}

    /** @param ticketIds their tickets, oldest first */
    record CustomerRecords(Set<String> ids, Set<String> names, List<Long> ticketIds, List<Mention> mentions) {
        public boolean isEmpty() {
            return ticketIds.isEmpty() && mentions.isEmpty();
        }
    }

    /** @param pseudonym what their tickets are filed under now; {@code values} how many stored values were changed */
    record Erasure(String pseudonym, int tickets, int values) {}

    /** @param messages message texts removed (and delivered rows dropped); {@code audit} audit rows deleted */
    record Purge(int messages, int audit) {
        public static final Purge NONE = new Purge(0, 0);

        public Purge plus(Purge other) {
            return new Purge(messages + other.messages, audit + other.audit);
        }
    }
}
