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
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * docs/examples/clarifying-question.jsonl: the agent asks which dates and amounts, the customer answers
 * "Both on 22 Nov, 29 EUR each". Nothing in the bank fits the answer, and that is no doc gap.
 */
class DocGapReplayTest {
    @TempDir
    Path dir;

    @Test
    void theAnswerToTheAgentsQuestionIsNoDocGapAndTheSummarySaysZero() throws Exception {
        PrintStream old = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        try {
            assertEquals(0, Main.execute("replay", "docs/examples/clarifying-question.jsonl", "--data", dir.toString()));
        } finally {
            System.setOut(old);
        }
        List<JsonNode> lines = new ArrayList<>();
        for (String l : out.toString(StandardCharsets.UTF_8).split("\n")) if (!l.isBlank()) lines.add(new ObjectMapper().readTree(l));

        JsonNode answer = lines.stream().filter(l -> l.get("at").asText().equals("2026-11-24T09:15:00Z")
                && l.get("text").asText().startsWith("Nothing in the answer bank fits")).findFirst().orElseThrow();
        assertFalse(answer.get("text").asText().contains("doc gap"), answer.toString());

        String end = lines.stream().map(l -> l.get("text").asText()).filter(t -> t.startsWith("End of shift")).findFirst().orElseThrow();
        assertTrue(end.contains("• Doc gaps: 0 messages no macro fit"), end);

        // Suggestions below the 10% floor are not shown beside a confident first one.
        for (JsonNode l : lines) {
            String t = l.get("text").asText();
            if (!t.startsWith("Suggested replies")) continue;
            Matcher m = Pattern.compile("(\\d+)% confident").matcher(t);
            boolean first = true;
            while (m.find()) {
                if (!first) assertTrue(Integer.parseInt(m.group(1)) >= 10, t);
                first = false;
            }
        }
    }
}
