package dev.frontline.storage;

import dev.frontline.core.model.EventType;
import dev.frontline.core.model.Place;
import dev.frontline.core.model.Ticket;
import dev.frontline.core.model.TicketEvent;
import dev.frontline.core.model.TicketStatus;
import dev.frontline.core.model.UserRef;
import dev.frontline.core.port.CardRefs;
import dev.frontline.core.port.TicketStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SqliteStorageTest {
    @TempDir
    Path dir;
    private final Instant t0 = Instant.parse("2026-11-24T09:00:00Z");

    @Test
    void aTicketAndItsHistorySurviveClosingAndReopeningTheDatabase() {
        long id;
        try (Database db = Database.open(dir)) {
            SqliteTicketStore store = new SqliteTicketStore(db);
            Ticket t = store.open(new Place("console", "support", "t1"), new UserRef("carol", "Carol"), "I can't log in", t0);
            id = t.id();
            Ticket resolved = t.withTags(Set.of("login"), t0).withStatus(TicketStatus.RESOLVED, t0.plusSeconds(60));
            store.save(resolved, List.of(TicketEvent.of(id, EventType.RESOLVED, "alex", "done", null, t0.plusSeconds(60))));
        }
        try (Database db = Database.open(dir)) {
            SqliteTicketStore store = new SqliteTicketStore(db);
            Ticket back = store.findByPlace(new Place("console", "support", "t1")).orElseThrow();
            assertEquals(id, back.id());
            assertEquals(TicketStatus.RESOLVED, back.status());
            assertEquals(Set.of("login"), back.tags());
            assertEquals("Carol", back.customer().name());
            assertEquals(List.of(EventType.CUSTOMER_MESSAGE, EventType.RESOLVED),
                    store.history(id).stream().map(TicketEvent::type).toList());
            assertEquals("I can't log in", store.history(id).get(0).text());
        }
    }

    @Test
    void theDatabaseRunsInWalModeWithFullSync() throws Exception {
        try (Database db = Database.open(dir)) {
            String journal = db.inTransaction(c -> {
                try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("PRAGMA journal_mode")) {
                    rs.next();
                    return rs.getString(1);
                }
            });
            int sync = db.inTransaction(c -> {
                try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("PRAGMA synchronous")) {
                    rs.next();
                    return rs.getInt(1);
                }
            });
            assertEquals("wal", journal);
            assertEquals(2, sync, "2 = FULL");
        }
    }

    @Test
    void queriesFilterByStatusAssigneeAndTime() {
        try (Database db = Database.open(dir)) {
            SqliteTicketStore store = new SqliteTicketStore(db);
            Ticket a = store.open(new Place("console", "support", "a"), new UserRef("c1", "C1"), "one", t0);
            store.open(new Place("console", "support", "b"), new UserRef("c2", "C2"), "two", t0.plusSeconds(10));
            store.save(a.withAssignee("alex", t0).withStatus(TicketStatus.RESOLVED, t0.plusSeconds(5)), List.of());

            assertEquals(1, store.query(TicketStore.Query.notClosed()).size());
            assertEquals(1, store.query(TicketStore.Query.all().assignedTo("alex")).size());
            assertEquals(1, store.query(TicketStore.Query.all().openedBetween(t0.plusSeconds(1), t0.plusSeconds(60))).size());
            assertEquals(2, store.events(t0, t0.plusSeconds(60), Set.of(EventType.CUSTOMER_MESSAGE)).size());
        }
    }

    @Test
    void aOnceKeyIsClaimedOnlyOnceAlsoAfterReopening() {
        try (Database db = Database.open(dir)) {
            SqliteOnceGuard guard = new SqliteOnceGuard(db);
            assertTrue(guard.claim("slack:event:Ev1", t0));
            assertFalse(guard.claim("slack:event:Ev1", t0));
        }
        try (Database db = Database.open(dir)) {
            SqliteOnceGuard guard = new SqliteOnceGuard(db);
            assertFalse(guard.claim("slack:event:Ev1", t0.plusSeconds(5)));
            guard.forgetOlderThan(t0.plus(Duration.ofHours(2)), Duration.ofHours(1));
            assertTrue(guard.claim("slack:event:Ev1", t0.plus(Duration.ofHours(2))));
        }
    }

    @Test
    void cardLocationsAreRememberedBothWays() {
        try (Database db = Database.open(dir)) {
            SqliteCardRefs refs = new SqliteCardRefs(db);
            refs.remember("slack", "esc-1", new CardRefs.Ref("C0OWNERS", "1700000000.000100"));
            assertEquals("1700000000.000100", refs.find("slack", "esc-1").orElseThrow().messageId());
            assertEquals("esc-1", refs.cardAt("slack", "1700000000.000100").orElseThrow());
            assertTrue(refs.find("discord", "esc-1").isEmpty());
        }
    }
}
