package dev.frontline.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Two tickets assigned to Alex wait on us for a day (src/test/resources/agent-nudges.jsonl): Alex
 * gets one message per shift listing both, not one per ticket, and none overnight.
 */
class AgentNudgeReplayTest {
    @TempDir
    Path dir;

    @Test
    void anAgentIsRemindedOncePerShiftWithAllTheirWaitingTickets() throws Exception {
        PrintStream old = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        try {
            assertEquals(0, Main.execute("replay", "src/test/resources/agent-nudges.jsonl", "--data", dir.toString()));
        } finally {
            System.setOut(old);
        }
        List<JsonNode> lines = new ArrayList<>();
        for (String l : out.toString(StandardCharsets.UTF_8).split("\n")) if (!l.isBlank()) lines.add(new ObjectMapper().readTree(l));

        List<JsonNode> nudges = lines.stream().filter(l -> l.get("audience").asText().equals("user:alex")
                && l.get("text").asText().startsWith("Reminder for Alex")).toList();
        assertEquals(List.of("2026-11-24T10:10:00Z", "2026-11-25T08:00:00Z"), nudges.stream().map(l -> l.get("at").asText()).toList(),
                "2 h after the first ticket started waiting, then at the next shift start; nothing overnight");
        for (JsonNode n : nudges) {
            String text = n.get("text").asText();
            assertTrue(text.contains("2 of your tickets wait") && text.contains("• #1 from Ana") && text.contains("• #2 from Ben"), text);
        }
    }
}
