package dev.frontline.dispatch;

import dev.frontline.core.Feature;
import dev.frontline.core.command.Command;
import dev.frontline.core.model.Action;
import dev.frontline.core.model.EventType;
import dev.frontline.core.model.Inbound;
import dev.frontline.core.model.Role;
import dev.frontline.core.model.Ticket;
import dev.frontline.core.model.TicketEvent;
import dev.frontline.core.port.ConcurrentUpdate;
import dev.frontline.platform.console.ConsolePlatform;
import dev.frontline.storage.StorageException;
import dev.frontline.testing.BotFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** One event, one transaction: its changes, its outgoing messages and its "done" mark commit together or not at all. */
class DispatcherTest {
    @TempDir
    Path dir;

    /** {@code /flaky}: tags the ticket and says so, but the first {@code failures} attempts fail after writing. */
    private static Feature flaky(BotFixture[] f, AtomicInteger calls, int failures, boolean race) {
        return new Feature() {
            @Override
            public List<Command> commands() {
                return List.of(new Command("flaky", "", "test", Role.AGENT, ctx -> {
                    Ticket t = f[0].store.query(dev.frontline.core.port.TicketStore.Query.all()).get(0);
                    var committed = f[0].tickets.commit(t, t.withTags(Set.of("flaky"), ctx.at()),
                            List.of(TicketEvent.of(t.id(), EventType.TAG_ADDED, ctx.user().id(), null, "flaky", ctx.at())));
                    if (calls.incrementAndGet() <= failures) {
                        if (race) throw new ConcurrentUpdate("someone else saved " + t.ref());
                        throw new StorageException("disk full", null);
                    }
                    return List.of(new Action.StaffNote(committed.ticket().place(), "tagged"));
                }));
            }
        };
    }

    private static long tagEvents(BotFixture f) {
        Ticket t = f.store.query(dev.frontline.core.port.TicketStore.Query.all()).get(0);
        return f.store.history(t.id()).stream().filter(e -> e.type() == EventType.TAG_ADDED).count();
    }

    @Test
    void aLostRaceIsAppliedAgainAtOnceAndCountsOnce() throws Exception {
        AtomicInteger calls = new AtomicInteger();
        BotFixture[] f = new BotFixture[1];
        try (BotFixture fx = new BotFixture(dir, flaky(f, calls, 2, true))) {
            f[0] = fx;
            fx.post(BotFixture.CUSTOMER, "hello");
            List<dev.frontline.platform.console.ActionView> shown = new CopyOnWriteArrayList<>();
            var session = fx.session(new ConsolePlatform(Clock.systemUTC(), new dev.frontline.storage.JdbcCardRefs(fx.db), shown::add));

            session.deliver(new Inbound.Command("flaky", "", BotFixture.channel("support"), BotFixture.AGENT, fx.now()));

            assertEquals(3, calls.get(), "two lost races, then applied");
            assertEquals(1, tagEvents(fx), "the rolled-back attempts left nothing behind");
            assertEquals(1, shown.stream().filter(v -> "tagged".equals(v.text())).count());
        }
    }

    @Test
    void aFailedEventLeavesNothingAndIsRetriedUntilItWorks() throws Exception {
        AtomicInteger calls = new AtomicInteger();
        BotFixture[] f = new BotFixture[1];
        try (BotFixture fx = new BotFixture(dir, flaky(f, calls, 1, false))) {
            f[0] = fx;
            fx.post(BotFixture.CUSTOMER, "hello");
            List<dev.frontline.platform.console.ActionView> shown = new CopyOnWriteArrayList<>();
            var platform = new ConsolePlatform(Clock.systemUTC(), new dev.frontline.storage.JdbcCardRefs(fx.db), shown::add);
            var session = fx.session(platform);

            session.deliver(new Inbound.Command("flaky", "", BotFixture.channel("support"), BotFixture.AGENT, fx.now()));
            assertEquals(1, calls.get());
            assertEquals(0, tagEvents(fx), "the failed attempt was rolled back: no tag");
            assertTrue(shown.stream().noneMatch(v -> "tagged".equals(v.text())), "and nothing was sent");

            // The lane tries again after its backoff; wait for the retry's effect.
            long end = System.nanoTime() + 10_000_000_000L;
            while (tagEvents(fx) == 0 && System.nanoTime() < end) Thread.sleep(20);
            assertEquals(2, calls.get());
            assertEquals(1, tagEvents(fx), "applied once on the retry");
        }
    }
}
