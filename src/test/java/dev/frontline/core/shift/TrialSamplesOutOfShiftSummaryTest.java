package dev.frontline.core.shift;

import dev.frontline.core.metrics.MetricsCalculator;
import dev.frontline.core.model.Channels;
import dev.frontline.core.model.Ticket;
import dev.frontline.core.model.UserRef;
import dev.frontline.core.ticket.LiveTickets;
import dev.frontline.storage.JdbcAnswerStore;
import dev.frontline.storage.JdbcEscalationStore;
import dev.frontline.storage.JdbcShiftStore;
import dev.frontline.testing.BotFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** A trial's sample tickets are not the desk's work: their doc gaps stay out of the end-of-shift summary. */
class TrialSamplesOutOfShiftSummaryTest {
    @TempDir
    Path dir;
    BotFixture f;

    @AfterEach
    void tearDown() {
        if (f != null) f.close();
    }

    @Test
    void aSampleTicketsDocGapIsNotCountedButARealOneIs() {
        f = new BotFixture(dir);
        Channels channels = new Channels(BotFixture.PLATFORM, Set.of("support", "trial"), "owners", "team", "staff", "trial");
        LiveTickets live = new LiveTickets(f.store, channels);
        JdbcAnswerStore answers = new JdbcAnswerStore(f.db);
        Coverage coverage = new Coverage(List.of(CoverageTest.hours("Berlin", "Europe/Berlin", "00:00-23:59")));
        ShiftReports reports = new ShiftReports(live, new JdbcEscalationStore(f.db, BotFixture.PLATFORM), answers,
                new MetricsCalculator(live, new JdbcShiftStore(f.db, BotFixture.PLATFORM), coverage),
                new SlaClock(coverage, Duration.ofHours(4), 0.8), RepeatProblemsTest.MEANING);
        Instant from = f.now();
        Ticket real = f.store.open(BotFixture.place("support", "r1"), new UserRef("carol", "Carol"), "Can I pay by bank transfer?", f.now());
        Ticket sample = f.store.open(BotFixture.place("trial", "s1"), new UserRef("sample", "Sample"), "Do you ship to the moon?", f.now());
        answers.recordGap(real.id(), "Can I pay by bank transfer?", f.now());
        answers.recordGap(sample.id(), "Do you ship to the moon?", f.now());

        String summary = reports.end("Berlin", from, f.now().plusSeconds(1), List.of());

        assertTrue(summary.contains("Doc gaps: 1 message"), "only the real customer's gap: " + summary);
        assertTrue(summary.contains("bank transfer") && !summary.contains("moon"), summary);
    }
}
