package dev.frontline.schedule;

import dev.frontline.core.model.Action;
import dev.frontline.core.model.Place;
import dev.frontline.core.schedule.Routine;
import dev.frontline.core.schedule.Schedule;
import dev.frontline.storage.Database;
import dev.frontline.storage.JdbcOnceGuard;
import dev.frontline.storage.DatabaseWork;
import dev.frontline.storage.JdbcOutbox;
import dev.frontline.core.schedule.Routine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class RoutineRunnerTest {
    @TempDir
    Path dir;
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    /** A daily 09:00 Berlin post that records when it ran. */
    static final class MorningPost implements Routine {
        final List<Instant> ran = new ArrayList<>();
        private final Duration grace;

        MorningPost(Duration grace) {
            this.grace = grace;
        }

        @Override
        public String name() {
            return "morning";
        }

        @Override
        public Schedule schedule() {
            return Schedule.daily(LocalTime.of(9, 0), BERLIN);
        }

        @Override
        public Duration grace() {
            return grace;
        }

        @Override
        public List<Action> run(Instant scheduledAt, Instant now) {
            ran.add(scheduledAt);
            return List.of(new Action.Reply(Place.channel("console", "team"), "Good morning"));
        }
    }

    private static RoutineRunner runner(Database db, Routine routine) {
        return new RoutineRunner("console", List.of(routine), new JdbcOnceGuard(db), new DatabaseWork(db), new JdbcOutbox(db));
    }

    @Test
    void anOccurrenceRunsOnceEvenWhenTicksRepeat() {
        try (Database db = Database.open(dir)) {
            MorningPost post = new MorningPost(Duration.ofMinutes(30));
            RoutineRunner runner = runner(db, post);
            Instant nine = Instant.parse("2026-11-24T08:00:00Z");

            runner.runDue(nine.minusSeconds(30));
            List<Action> first = runner.runDue(nine.plusSeconds(10));
            List<Action> second = runner.runDue(nine.plusSeconds(20));

            assertEquals(1, first.size());
            assertEquals(0, second.size());
            assertEquals(List.of(nine), post.ran);
        }
    }

    @Test
    void aPostMissedWhileDownIsSentOnceOnRestartWithinGraceAndNeverTwice() {
        Instant nine = Instant.parse("2026-11-24T08:00:00Z");
        MorningPost before = new MorningPost(Duration.ofHours(2));
        MorningPost after = new MorningPost(Duration.ofHours(2));
        try (Database db = Database.open(dir)) {
            // The bot was down at 09:00 and starts at 10:15 local.
            RoutineRunner runner = runner(db, before);
            assertEquals(1, runner.runDue(nine.plus(Duration.ofMinutes(75))).size());
        }
        try (Database db = Database.open(dir)) {
            // And restarts again at 10:30: the claim survived, nothing is sent twice.
            RoutineRunner runner = runner(db, after);
            assertEquals(0, runner.runDue(nine.plus(Duration.ofMinutes(90))).size());
        }
        assertEquals(List.of(nine), before.ran);
        assertEquals(List.of(), after.ran);
    }

    @Test
    void aPostMissedBeyondItsGraceWindowIsSkipped() {
        try (Database db = Database.open(dir)) {
            MorningPost post = new MorningPost(Duration.ofMinutes(30));
            RoutineRunner runner = runner(db, post);

            runner.runDue(Instant.parse("2026-11-24T10:00:00Z"));

            assertEquals(List.of(), post.ran);
        }
    }

    @Test
    void dailySchedulesFollowLocalTimeAcrossDaylightSavingChanges() {
        Schedule nineBerlin = Schedule.daily(LocalTime.of(9, 0), BERLIN);
        // Berlin leaves summer time on 2026-10-25: 09:00 is 07:00Z before and 08:00Z after.
        assertEquals(Instant.parse("2026-10-24T07:00:00Z"), nineBerlin.nextAfter(Instant.parse("2026-10-24T06:00:00Z")));
        assertEquals(Instant.parse("2026-10-25T08:00:00Z"), nineBerlin.nextAfter(Instant.parse("2026-10-24T07:00:00Z")));
    }
}
