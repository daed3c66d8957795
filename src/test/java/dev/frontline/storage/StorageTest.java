package dev.frontline.storage;

import dev.frontline.core.model.EventType;
import dev.frontline.core.model.Place;
import dev.frontline.core.model.Ticket;
import dev.frontline.core.model.TicketEvent;
import dev.frontline.core.model.TicketStatus;
import dev.frontline.core.model.UserRef;
import dev.frontline.core.port.CardRefs;
import dev.frontline.core.port.TicketStore;
import dev.frontline.core.port.ConcurrentUpdate;
import dev.frontline.core.port.Outgoing;
import dev.frontline.core.model.Action;
import dev.frontline.core.model.Inbound;
import dev.frontline.dispatch.Envelope;
import dev.frontline.testing.TestDatabases;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The stores on both databases: SQLite (the embedded default) and PostgreSQL (several replicas). */
class StorageTest {
    @TempDir
    Path dir;
    private final Instant t0 = Instant.parse("2026-11-24T09:00:00Z");

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void aTicketAndItsHistorySurviveClosingAndReopeningTheDatabase(TestDatabases.Kind kind) {
        Supplier<Database> open = TestDatabases.store(kind, dir);
        long id;
        try (Database db = open.get()) {
            JdbcTicketStore store = new JdbcTicketStore(db);
            Ticket t = store.open(new Place("console", "support", "t1"), new UserRef("carol", "Carol"), "I can't log in", t0);
            id = t.id();
            Ticket resolved = t.withTags(Set.of("login"), t0).withStatus(TicketStatus.RESOLVED, t0.plusSeconds(60));
            store.save(resolved, List.of(TicketEvent.of(id, EventType.RESOLVED, "alex", "done", null, t0.plusSeconds(60))));
        }
        try (Database db = open.get()) {
            JdbcTicketStore store = new JdbcTicketStore(db);
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
    void theDatabaseRunsInWalModeAndWaitsForTheDiskBeforeAnAcknowledgement() throws Exception {
        try (Database db = Database.open(dir)) {
            String journal = db.inTransaction(c -> {
                try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("PRAGMA journal_mode")) {
                    rs.next();
                    return rs.getString(1);
                }
            });
            Database.Work<Integer> level = c -> {
                try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("PRAGMA synchronous")) {
                    rs.next();
                    return rs.getInt(1);
                }
            };
            assertEquals("wal", journal);
            assertEquals(1, db.inTransaction(level), "1 = NORMAL: survives the process being killed");
            assertEquals(2, db.inDurableTransaction(level), "2 = FULL for what is acknowledged: survives a power cut");
            assertEquals(1, db.inTransaction(level), "and back");
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void queriesFilterByStatusAssigneeAndTime(TestDatabases.Kind kind) {
        Supplier<Database> open = TestDatabases.store(kind, dir);
        try (Database db = open.get()) {
            JdbcTicketStore store = new JdbcTicketStore(db);
            Ticket a = store.open(new Place("console", "support", "a"), new UserRef("c1", "C1"), "one", t0);
            store.open(new Place("console", "support", "b"), new UserRef("c2", "C2"), "two", t0.plusSeconds(10));
            store.save(a.withAssignee("alex", t0).withStatus(TicketStatus.RESOLVED, t0.plusSeconds(5)), List.of());

            assertEquals(1, store.query(TicketStore.Query.notClosed()).size());
            assertEquals(1, store.query(TicketStore.Query.all().assignedTo("alex")).size());
            assertEquals(1, store.query(TicketStore.Query.all().openedBetween(t0.plusSeconds(1), t0.plusSeconds(60))).size());
            assertEquals(2, store.events(t0, t0.plusSeconds(60), Set.of(EventType.CUSTOMER_MESSAGE)).size());
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void aOnceKeyIsClaimedOnlyOnceAlsoAfterReopening(TestDatabases.Kind kind) {
        Supplier<Database> open = TestDatabases.store(kind, dir);
        try (Database db = open.get()) {
            JdbcOnceGuard guard = new JdbcOnceGuard(db);
            assertTrue(guard.claim("slack:event:Ev1", t0));
            assertFalse(guard.claim("slack:event:Ev1", t0));
        }
        try (Database db = open.get()) {
            JdbcOnceGuard guard = new JdbcOnceGuard(db);
            assertFalse(guard.claim("slack:event:Ev1", t0.plusSeconds(5)));
            guard.forgetOlderThan(t0.plus(Duration.ofHours(2)), Duration.ofHours(1));
            assertTrue(guard.claim("slack:event:Ev1", t0.plus(Duration.ofHours(2))));
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void cardLocationsAreRememberedBothWays(TestDatabases.Kind kind) {
        Supplier<Database> open = TestDatabases.store(kind, dir);
        try (Database db = open.get()) {
            JdbcCardRefs refs = new JdbcCardRefs(db);
            refs.remember("slack", "esc-1", new CardRefs.Ref("C0OWNERS", "1700000000.000100"));
            assertEquals("1700000000.000100", refs.find("slack", "esc-1").orElseThrow().messageId());
            assertEquals("esc-1", refs.cardAt("slack", "1700000000.000100").orElseThrow());
            assertTrue(refs.find("discord", "esc-1").isEmpty());
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void aSaveOfAnOlderVersionLosesTheRaceInsteadOfOverwriting(TestDatabases.Kind kind) {
        try (Database db = TestDatabases.store(kind, dir).get()) {
            JdbcTicketStore store = new JdbcTicketStore(db);
            Ticket t = store.open(new Place("slack", "C1", "t1"), new UserRef("carol", "Carol"), "help", t0);
            Ticket tagged = store.save(t.withTags(Set.of("a"), t0), List.of());
            assertEquals(t.version() + 1, tagged.version());
            assertThrows(ConcurrentUpdate.class, () -> store.save(t.withTags(Set.of("b"), t0), List.of()), "stale copy");
            assertEquals(Set.of("a"), store.find(t.id()).orElseThrow().tags(), "the first save stands");
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void anInboxKeyIsStoredOnceAndAnOutboxRowIsClaimedByOneSenderAtATime(TestDatabases.Kind kind) {
        try (Database db = TestDatabases.store(kind, dir).get()) {
            JdbcInbox inbox = new JdbcInbox(db);
            Inbound.Message m = new Inbound.Message("1.1", new Place("slack", "C1", null), UserRef.of("U1"), "hi", t0);
            assertTrue(inbox.store(new Envelope("slack:msg:C1:1.1", m, null), "conv:slack:C1:1.1", t0));
            assertFalse(inbox.store(new Envelope("slack:msg:C1:1.1", m, null), "conv:slack:C1:1.1", t0), "a duplicate is a no-op");
            assertEquals(m, inbox.head("conv:slack:C1:1.1").orElseThrow().inbound(), "stored as it came");

            JdbcOutbox outbox = new JdbcOutbox(db);
            Place thread = new Place("slack", "C1", "1.1");
            db.inTransaction(c -> {
                outbox.enqueue(List.of(new Action.Reply(thread, "first"), new Action.Reply(thread, "second"),
                        new Action.Reply(new Place("slack", "C1", "2.2"), "other conversation")), null, t0);
                return null;
            });
            List<Outgoing> a = outbox.claim("slack", t0, 10, "replica-a", Duration.ofSeconds(30));
            List<Outgoing> b = outbox.claim("slack", t0, 10, "replica-b", Duration.ofSeconds(30));
            assertEquals(List.of("first", "other conversation"), a.stream().map(o -> ((Action.Reply) o.action()).text()).toList(),
                    "one row per conversation, oldest first");
            assertTrue(b.isEmpty(), "claimed rows are not claimed again while leased");
            outbox.sent(a.get(0).id(), "ts-1", t0);
            List<Outgoing> next = outbox.claim("slack", t0, 10, "replica-b", Duration.ofSeconds(30));
            assertEquals(List.of("second"), next.stream().map(o -> ((Action.Reply) o.action()).text()).toList(), "then the next in line");
            List<Outgoing> expired = outbox.claim("slack", t0.plusSeconds(31), 10, "replica-b", Duration.ofSeconds(30));
            assertTrue(expired.stream().allMatch(Outgoing::verifyFirst), "a claim whose lease ran out is verified before sending again");
        }
    }

    @Test
    void replicasStartingTogetherMigrateAFreshPostgresDatabaseOnce() throws Exception {
        String url = TestDatabases.freshPostgresUrl();
        var pool = java.util.concurrent.Executors.newFixedThreadPool(3);
        try {
            List<java.util.concurrent.Future<Database>> opened = new java.util.ArrayList<>();
            for (int i = 0; i < 3; i++) opened.add(pool.submit(() -> Database.openPostgres(url, null, null, 4, url)));
            List<Database> dbs = new java.util.ArrayList<>();
            for (var f : opened) dbs.add(f.get());
            int migrations = dbs.get(0).inTransaction(c -> {
                try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(
                        "SELECT COUNT(*) FROM flyway_schema_history WHERE success")) {
                    rs.next();
                    return rs.getInt(1);
                }
            });
            // As many as there are migration files, so the test need not change with each new version.
            long files;
            try (var list = java.nio.file.Files.list(java.nio.file.Path.of("src/main/resources/db/postgresql"))) {
                files = list.filter(f -> f.getFileName().toString().matches("V\\d+__.*\\.sql")).count();
            }
            assertEquals(files, migrations, "each migration applied once");
            for (Database db : dbs) db.close();
        } finally {
            pool.shutdownNow();
        }
    }
}
