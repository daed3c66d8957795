package dev.frontline.storage;

import dev.frontline.core.model.EventType;
import dev.frontline.core.model.Place;
import dev.frontline.core.model.Ticket;
import dev.frontline.core.model.TicketEvent;
import dev.frontline.core.model.UserRef;
import dev.frontline.core.port.RecordStore;
import dev.frontline.testing.TestDatabases;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Erasure and retention on both stores (SQLite row ids, PostgreSQL ctids). */
class JdbcRecordStoreTest {
    private static final Instant T = Instant.parse("2026-11-24T08:00:00Z");

    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void erasureReplacesTheCustomerEverywhereAndKeepsTheTicket(TestDatabases.Kind kind) {
        try (Database db = TestDatabases.store(kind, dir).get()) {
            JdbcTicketStore tickets = new JdbcTicketStore(db);
            Ticket t = tickets.open(new Place("console", "support", "t1"), new UserRef("U0CAROL", "Carol Jones"), "Hi, it's \"Carol\" again", T);
            tickets.append(List.of(TicketEvent.of(t.id(), EventType.AGENT_REPLY, "alex", "Hello Carol Jones!", null, T.plusSeconds(60))));
            new JdbcEscalationStore(db, "console").audit("alex", "refund", "U0CAROL", "for carol jones", T);
            Ticket other = tickets.open(new Place("console", "support", "t2"), new UserRef("dave", "Dave"), "unrelated", T);

            JdbcRecordStore records = new JdbcRecordStore(db);
            RecordStore.CustomerRecords found = records.gather("carol jones");
            assertEquals(List.of(t.id()), found.ticketIds(), "found by display name, ignoring case");
            assertTrue(found.mentions().stream().anyMatch(m -> m.table().equals("audit_log")));

            RecordStore.Erasure e = records.erase("U0CAROL", "olivia", T.plusSeconds(120));
            assertEquals(1, e.tickets());
            Ticket after = tickets.find(t.id()).orElseThrow();
            assertEquals(e.pseudonym(), after.customer().id());
            assertEquals("erased customer", after.customer().name());
            assertEquals("[erased]", tickets.history(t.id()).get(0).text());
            assertEquals("Hello erased customer!", tickets.history(t.id()).get(1).text());
            assertTrue(records.gather("U0CAROL").isEmpty());
            assertTrue(records.gather("Carol").mentions().isEmpty(), "no value names her any more");
            assertEquals("Dave", tickets.find(other.id()).orElseThrow().customer().name(), "others untouched");
        }
    }

    /** Names are not all ASCII: SQL lower() leaves 'É' alone on SQLite (and under PostgreSQL's C locale). */
    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void anAccentedNameIsFoundAndErasedWhateverItsCase(TestDatabases.Kind kind) {
        try (Database db = TestDatabases.store(kind, dir).get()) {
            JdbcTicketStore tickets = new JdbcTicketStore(db);
            Ticket t = tickets.open(new Place("console", "support", "t1"), new UserRef("U0ELO", "ÉLODIE Ørsted"), "Bonjour, c'est Élodie Ørsted", T);
            JdbcRecordStore records = new JdbcRecordStore(db);
            assertEquals(List.of(t.id()), records.gather("élodie ørsted").ticketIds(), "found by name in another case");

            records.erase("élodie ørsted", "olivia", T.plusSeconds(60));
            assertTrue(records.gather("Élodie").mentions().isEmpty(), "no value names her any more");
            assertEquals("erased customer", tickets.find(t.id()).orElseThrow().customer().name());
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void retentionBlanksOldMessagesAndDeletesOldAuditRows(TestDatabases.Kind kind) {
        try (Database db = TestDatabases.store(kind, dir).get()) {
            JdbcTicketStore tickets = new JdbcTicketStore(db);
            Ticket t = tickets.open(new Place("console", "support", "t1"), new UserRef("carol", "Carol"), "old words", T);
            tickets.append(List.of(TicketEvent.of(t.id(), EventType.CUSTOMER_MESSAGE, "carol", "new words", null, T.plusSeconds(10))));
            new JdbcEscalationStore(db, "console").audit("alex", "refund", "#1", "old", T);
            RecordStore.Purge p = new JdbcRecordStore(db).purge(T.plusSeconds(10), T.plusSeconds(1), T.plusSeconds(20));
            assertEquals(new RecordStore.Purge(1, 1), p);
            assertNull(tickets.history(t.id()).get(0).text());
            assertEquals("new words", tickets.history(t.id()).get(1).text());
            assertEquals(p, new JdbcRecordStore(db).purgedBetween(T, T.plusSeconds(60)));
            assertFalse(new JdbcRecordStore(db).purgedBetween(T.plusSeconds(60), T.plusSeconds(120)).messages() > 0);
        }
    }
}
