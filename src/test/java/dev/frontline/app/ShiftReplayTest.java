package dev.frontline.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Two simulated days (docs/examples/two-days.jsonl) with the shipped coverage (Berlin, 09:00-17:30
 * with a lunch break): shift posts at the right local times, an 8-bullet summary whose numbers match
 * the tickets, one SLA breach for the ticket left unanswered, CSAT recorded, the weekly chart.
 */
class ShiftReplayTest {
    @TempDir
    Path dir;

    private List<JsonNode> replay() throws Exception {
        return replay("docs/examples/two-days.jsonl");
    }

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

    private static List<JsonNode> starting(List<JsonNode> lines, String prefix) {
        return lines.stream().filter(l -> l.get("text").asText().startsWith(prefix)).toList();
    }

    @Test
    void twoDaysOfSupportProduceTheRhythmWithHonestNumbers() throws Exception {
        List<JsonNode> lines = replay();

        List<JsonNode> starts = starting(lines, "Start of shift");
        List<JsonNode> ends = starting(lines, "End of shift").stream().filter(l -> l.get("at").asText().startsWith("2026-11-2")
                && !l.get("at").asText().startsWith("2026-11-27")).toList();
        assertEquals(List.of("2026-11-24T08:00:00Z", "2026-11-25T08:00:00Z"), starts.stream().map(l -> l.get("at").asText()).toList(),
                "09:00 Berlin both days");
        assertEquals(List.of("2026-11-24T16:30:00Z", "2026-11-25T16:30:00Z"), ends.stream().map(l -> l.get("at").asText()).toList(),
                "17:30 Berlin both days");
        starts.forEach(l -> assertEquals("team", l.get("channel").asText()));

        String day1 = ends.get(0).get("text").asText();
        List<String> bullets = day1.lines().filter(l -> l.startsWith("• ")).toList();
        assertEquals(8, bullets.size(), day1);
        assertEquals(List.of("• Tickets closed: 2 (4 opened this shift)", "• Top issues: login ×1, shipping ×1",
                "• Escalations: 1 (critical_bug 1)", "• Refund requests pending: 0", "• Doc gaps: 0 messages no macro fit",
                "• Repeat problems: none", "• First response: median 10 min; resolution or escalation: median 30 min",
                "• CSAT: 50% helpful (2 answers)"), bullets);
        assertTrue(day1.contains("Double charge on t4 reported to billing"), "the agent's note is in the summary");

        List<JsonNode> breaches = starting(lines, "🚨 SLA breached");
        assertEquals(1, breaches.size(), breaches.toString());
        assertEquals("t3", breaches.get(0).get("thread").asText(), "the ticket left unanswered");
        assertEquals(1, starting(lines, "⏱ #3 is at risk").size());
        assertTrue(starts.get(1).get("text").asText().contains("#3 SLA breached"));

        assertEquals(3, lines.stream().filter(l -> l.get("text").asText().startsWith("CSAT for #")).count(), "three answers recorded");
        assertTrue(ends.get(1).get("text").asText().contains("• CSAT: 100% helpful (1 answer)"));

        JsonNode chart = lines.stream().filter(l -> l.get("kind").asText().equals("file")).findFirst().orElseThrow();
        assertEquals("2026-11-27T15:00:00Z", chart.get("at").asText(), "Friday 16:00 Berlin");
        BufferedImage png = ImageIO.read(Path.of(chart.get("file").asText()).toFile());
        assertEquals(1200, png.getWidth());
        assertEquals(900, png.getHeight());
        java.nio.file.Files.copy(Path.of(chart.get("file").asText()), Path.of("target", "weekly-review-two-days.png"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        assertTrue(starting(lines, "Weekly review").get(0).get("text").asText().contains("CSAT: 67% helpful (3 answers)"));
    }

    @Test
    void aRestartAtTheSameTimesSendsNoScheduledPostTwice() throws Exception {
        replay();
        Path ticks = dir.resolve("restart.jsonl");
        java.nio.file.Files.writeString(ticks, String.join("\n",
                "{\"at\": \"2026-11-24T08:00:30Z\", \"tick\": true}",
                "{\"at\": \"2026-11-24T15:02:00Z\", \"tick\": true}",
                "{\"at\": \"2026-11-24T16:31:00Z\", \"tick\": true}",
                "{\"at\": \"2026-11-25T08:01:00Z\", \"tick\": true}") + "\n");
        List<JsonNode> again = replay(ticks.toString());
        assertTrue(starting(again, "Start of shift").isEmpty(), "claimed occurrences survive in the data folder");
        assertTrue(starting(again, "End of shift").isEmpty());
        assertTrue(starting(again, "🚨 SLA breached").isEmpty());
    }
}
