package dev.frontline.core.metrics;

import dev.frontline.core.model.Action;
import dev.frontline.core.model.Ticket;
import dev.frontline.core.port.TicketStore;
import dev.frontline.core.shift.Coverage;
import dev.frontline.core.shift.WeeklyHours;
import dev.frontline.testing.BotFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static dev.frontline.testing.BotFixture.AGENT;
import static dev.frontline.testing.BotFixture.CUSTOMER;
import static org.junit.jupiter.api.Assertions.assertEquals;

class MetricsCalculatorTest {
    @TempDir
    Path dir;
    BotFixture f;

    @BeforeEach
    void setUp() {
        f = new BotFixture(dir);
    }

    @AfterEach
    void tearDown() {
        f.close();
    }

    private static Duration min(double m) {
        return Duration.ofSeconds(Math.round(m * 60));
    }

    @Test
    void aMedianOfAnEvenCountIsTheMeanOfTheTwoMiddleValues() {
        assertEquals(min(16.5), MetricsCalculator.median(List.of(min(30), min(13), min(10), min(20))));
        assertEquals(min(13), MetricsCalculator.median(List.of(min(30), min(13), min(10))));
        assertEquals(min(7), MetricsCalculator.median(List.of(min(7))));
        assertEquals("16.5 min", Metrics.duration(min(16.5)), "shown as it is, not cut to 16");
        assertEquals("13 min", Metrics.duration(min(13)));
    }

    @Test
    void aReopenedTicketIsNotCountedAsClosed() {
        Instant start = f.now();
        f.post(CUSTOMER, "Where is my invoice?");
        f.post(CUSTOMER, "How do I export?");
        List<Ticket> two = f.store.query(TicketStore.Query.all());
        for (Ticket t : two) {
            f.later(Duration.ofMinutes(5)).reply(AGENT, t.place().thread(), "Here you go: Settings, Billing.");
            f.command(AGENT, t.place(), "resolve", "");
        }
        List<Action> reopened = f.later(Duration.ofMinutes(1)).reply(CUSTOMER, two.get(0).place().thread(), "That is not my invoice.");
        assertEquals(true, reopened.stream().anyMatch(a -> a instanceof Action.StaffNote n && n.text().contains("reopened")));

        Metrics m = new MetricsCalculator(f.store, new NoCsat(), new Coverage(List.of(allDay()))).between(start, f.now().plusMillis(1), null);

        assertEquals(2, m.opened());
        assertEquals(1, m.closed(), "only the ticket still resolved counts as closed");
    }

    private static WeeklyHours allDay() {
        Map<DayOfWeek, List<WeeklyHours.Interval>> days = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek d : DayOfWeek.values()) days.put(d, List.of(new WeeklyHours.Interval(LocalTime.MIN, LocalTime.of(23, 59))));
        return new WeeklyHours("all day", ZoneId.of("UTC"), days, Set.of());
    }

    private static final class NoCsat implements CsatStore {
        @Override
        public boolean answer(long ticketId, Instant resolvedAt, String customerId, boolean helpful, Instant at) {
            return false;
        }

        @Override
        public void comment(long ticketId, Instant resolvedAt, String comment) {
        }

        @Override
        public List<Answer> answeredBetween(Instant from, Instant to) {
            return List.of();
        }
    }
}
