package dev.frontline.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The working day (docs/examples/undecided-afternoon.jsonl): a refund and an angry escalation
 * left undecided from 11:04 Berlin until the next morning, with the shipped config. The owner channel
 * holds one Pending decisions message edited in place, and reminders back off instead of streaming.
 */
class PendingDecisionsReplayTest {
    @TempDir
    Path dir;

    private List<JsonNode> replay(String transcript) throws Exception {
        PrintStream old = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        try {
            assertEquals(0, Main.execute("replay", transcript, "--data", dir.toString()));
        } finally {
            System.setOut(old);
        }
        List<JsonNode> lines = new ArrayList<>();
        for (String l : out.toString(StandardCharsets.UTF_8).split("\n")) if (!l.isBlank()) lines.add(new ObjectMapper().readTree(l));
        return lines;
    }

    /** The shipped coverage: weekdays 09:00-12:30 and 13:30-17:30 Berlin. */
    private static boolean covered(Instant at) {
        ZonedDateTime z = at.atZone(ZoneId.of("Europe/Berlin"));
        if (z.getDayOfWeek() == DayOfWeek.SATURDAY || z.getDayOfWeek() == DayOfWeek.SUNDAY) return false;
        LocalTime t = z.toLocalTime();
        return !t.isBefore(LocalTime.of(9, 0)) && t.isBefore(LocalTime.of(12, 30))
                || !t.isBefore(LocalTime.of(13, 30)) && t.isBefore(LocalTime.of(17, 30));
    }

    @Test
    void twoCardsUndecidedForSixHoursGetAtMostFourBackedOffRemindersAndOneLiveQueue() throws Exception {
        List<JsonNode> lines = replay("docs/examples/undecided-afternoon.jsonl");
        Instant posted = Instant.parse("2026-11-24T10:07:00Z");

        List<JsonNode> pings = lines.stream().filter(l -> l.get("text").asText().startsWith("⏰ Reminder")).toList();
        assertFalse(pings.isEmpty(), "the owners are reminded");
        assertTrue(lines.stream().noneMatch(l -> l.get("text").asText().contains("still waits for a decision")), "no old-style re-posts");
        for (String card : List.of("esc-1", "esc-2")) {
            List<Instant> at = pings.stream().filter(l -> l.get("text").asText().contains(card + " ("))
                    .map(l -> Instant.parse(l.get("at").asText())).toList();
            List<Instant> firstSixHours = at.stream().filter(i -> i.isBefore(posted.plus(Duration.ofHours(6)))).toList();
            assertTrue(firstSixHours.size() >= 2 && firstSixHours.size() <= 4, card + " reminded at " + at);
            for (int i = 1; i < at.size(); i++) {
                assertTrue(Duration.between(at.get(i - 1), at.get(i)).compareTo(Duration.ofMinutes(30)) >= 0, card + ": " + at);
            }
            at.forEach(i -> assertTrue(covered(i), card + " reminded outside coverage at " + i));
            assertEquals(4, at.size(), card + ": 3 back-off steps and the next shift start before the decision: " + at);
        }
        pings.forEach(p -> assertEquals("owners", p.get("channel").asText()));

        List<JsonNode> queue = lines.stream().filter(l -> l.has("card") && "pending-decisions".equals(l.get("card").asText())).toList();
        assertEquals(1, queue.stream().filter(l -> l.get("kind").asText().equals("card")).count(), "posted once");
        assertEquals("card", queue.get(0).get("kind").asText());
        assertEquals("owners", queue.get(0).get("channel").asText());
        List<JsonNode> edits = queue.subList(1, queue.size());
        assertTrue(edits.size() > 5, "edited in place as cards are added, age and are reminded");
        edits.forEach(e -> assertEquals("card_update", e.get("kind").asText()));
        assertTrue(edits.get(0).get("text").asText().contains("esc-2 · angry"), "the second card is added to the same message");
        assertTrue(edits.stream().anyMatch(e -> e.get("text").asText().contains("reminded 3×")), "a reminder edits the queue");
        String last = edits.get(edits.size() - 1).get("text").asText();
        assertTrue(last.startsWith("Pending decisions — 1 waiting") && !last.contains("esc-1") && last.contains("esc-2"),
                "the decided card leaves the queue: " + last);
        // Quiet overnight: the age shows whole hours after 6 h, so the message is edited at most hourly.
        long nightEdits = edits.stream().map(e -> Instant.parse(e.get("at").asText()))
                .filter(i -> i.isAfter(Instant.parse("2026-11-24T22:00:00Z")) && i.isBefore(Instant.parse("2026-11-25T06:00:00Z"))).count();
        assertTrue(nightEdits <= 8 * 2, "edits overnight: " + nightEdits);
    }
}
