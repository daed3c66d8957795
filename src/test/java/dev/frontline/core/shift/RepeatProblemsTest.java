package dev.frontline.core.shift;

import dev.frontline.core.metrics.MetricsCalculator;
import dev.frontline.core.model.Ticket;
import dev.frontline.core.port.Embedder;
import dev.frontline.core.port.TicketStore;
import dev.frontline.storage.JdbcAnswerStore;
import dev.frontline.storage.JdbcEscalationStore;
import dev.frontline.storage.JdbcShiftStore;
import dev.frontline.testing.BotFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static dev.frontline.testing.BotFixture.AGENT;
import static dev.frontline.testing.BotFixture.CUSTOMER;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Repeat problems in the end-of-shift summary come from tags, from the macros sent and from what the messages mean. */
class RepeatProblemsTest {
    @TempDir
    Path dir;
    BotFixture f;
    ShiftReports reports;

    /** Meaning as a stand-in model reads it: every message about exports points one way, the rest another. */
    static final Embedder MEANING = new Embedder() {
        @Override
        public float[] embed(String text) {
            return text.toLowerCase().contains("export") || text.toLowerCase().contains("csv") ? new float[]{1, 0.1f} : new float[]{0, 1};
        }

        @Override
        public String modelId() {
            return "test-meaning";
        }
    };

    @BeforeEach
    void setUp() {
        f = new BotFixture(dir);
        JdbcShiftStore shifts = new JdbcShiftStore(f.db, BotFixture.PLATFORM);
        Coverage coverage = new Coverage(List.of(CoverageTest.hours("Berlin", "Europe/Berlin", "00:00-23:59")));
        reports = new ShiftReports(f.store, new JdbcEscalationStore(f.db, BotFixture.PLATFORM), new JdbcAnswerStore(f.db),
                new MetricsCalculator(f.store, shifts, coverage), new SlaClock(coverage, Duration.ofHours(4), 0.8), MEANING);
    }

    @AfterEach
    void tearDown() {
        f.close();
    }

    @Test
    void untaggedTicketsThatMeanTheSameAndAMacroSentOftenAreRepeatProblems() {
        Instant from = f.now();
        f.post(CUSTOMER, "The CSV export comes out empty");
        f.later(Duration.ofMinutes(1)).post(new dev.frontline.core.model.UserRef("dave", "Dave"), "my exported file has no rows");
        f.later(Duration.ofMinutes(1)).post(new dev.frontline.core.model.UserRef("erin", "Erin"), "Downloading a csv gives a blank sheet");
        f.later(Duration.ofMinutes(1)).post(new dev.frontline.core.model.UserRef("finn", "Finn"), "How do I change my password?");
        for (Ticket t : f.store.query(TicketStore.Query.all())) {
            f.store.append(List.of(dev.frontline.core.model.TicketEvent.of(t.id(), dev.frontline.core.model.EventType.MACRO_USED,
                    AGENT.id(), null, "troubleshooting-basics", f.now())));
        }

        String summary = reports.end("Berlin", from, f.now().plusSeconds(1), List.of());

        assertTrue(summary.contains("'troubleshooting-basics' on 4 tickets"), "from the macros used: " + summary);
        assertTrue(summary.contains("3 tickets like \"The CSV export comes out empty\""), "from what the messages mean, with no tag: " + summary);
        assertTrue(!summary.contains("change my password\""), summary);
    }
}
