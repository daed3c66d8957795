package dev.frontline.app;

import dev.frontline.testing.BotProcess;
import dev.frontline.testing.TestDatabases;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Two {@code replay} processes of the same two days against one PostgreSQL, at the same time: the
 * scheduled posts (start and end of shift, the weekly review) and every answer are printed once
 * between them, as often as one replay alone prints them.
 */
class ReplayReplicasTest {
    @TempDir
    Path dir;

    /** Two days (Monday and Tuesday) of ticks every half hour, and three customers writing on Monday morning. */
    private Path transcript() throws Exception {
        List<String> lines = new java.util.ArrayList<>();
        java.time.Instant start = java.time.Instant.parse("2026-11-23T06:00:00Z");
        for (int i = 0; i < 2 * 24 * 2; i++) {
            java.time.Instant at = start.plus(java.time.Duration.ofMinutes(30L * i));
            lines.add("{\"at\": \"" + at + "\", \"tick\": true}");
            if (i == 7 || i == 8 || i == 9) {
                lines.add("{\"at\": \"" + at + "\", \"channel\": \"support\", \"thread\": \"r" + i + "\", \"user\": \"cust" + i
                        + "\", \"text\": \"My export fails with error 500, please help\"}");
            }
        }
        Path file = dir.resolve("ticks.jsonl");
        Files.write(file, lines);
        return file;
    }

    @Test
    void twoReplaysOfTheSameClockTicksPrintEachShiftPostOnceBetweenThem() throws Exception {
        Path transcript = transcript();
        BotProcess alone = BotProcess.start("replay-alone", Map.of(), "replay", transcript.toString(), "--data", dir.resolve("alone").toString());
        assertEquals(0, alone.waitFor(180), "the single replay ran");
        List<String> single = actions(alone);

        String url = TestDatabases.freshPostgresUrl();
        Map<String, String> env = Map.of("FRONTLINE_DATABASE_URL", url);
        BotProcess a = BotProcess.start("replay-a", env, "replay", transcript.toString(), "--data", dir.resolve("a").toString());
        BotProcess b = BotProcess.start("replay-b", env, "replay", transcript.toString(), "--data", dir.resolve("b").toString());
        assertEquals(0, a.waitFor(180), "replica a ran");
        assertEquals(0, b.waitFor(180), "replica b ran");
        List<String> both = new java.util.ArrayList<>(actions(a));
        both.addAll(actions(b));

        long starts = single.stream().filter(l -> l.contains("Start of shift")).count();
        assertTrue(starts >= 2, "two days have shift starts: " + starts);
        assertEquals(starts, both.stream().filter(l -> l.contains("Start of shift")).count(), "each start-of-shift post once between them");
        assertEquals(single.stream().filter(l -> l.contains("End of shift")).count(),
                both.stream().filter(l -> l.contains("End of shift")).count(), "each end-of-shift summary once");
        assertEquals(single.stream().filter(l -> l.contains("\"kind\":\"reply\"")).count(),
                both.stream().filter(l -> l.contains("\"kind\":\"reply\"")).count(), "each public reply once");
    }

    /** The printed actions (JSON lines) of a replay process. */
    private static List<String> actions(BotProcess p) throws Exception {
        return Files.readAllLines(p.log().toPath()).stream().filter(l -> l.startsWith("{\"at\"")).toList();
    }
}
