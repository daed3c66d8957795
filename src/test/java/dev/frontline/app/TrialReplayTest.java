package dev.frontline.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A strong and a weak candidate replayed through the shipped trial: clearly different, explained scorecards. */
class TrialReplayTest {
    @TempDir
    Path dir;

    private String scorecard(String script) throws Exception {
        PrintStream old = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        try {
            assertEquals(0, Main.execute("replay", "src/test/resources/trial/" + script, "--data", dir.resolve(script).toString()));
        } finally {
            System.setOut(old);
        }
        List<String> lines = out.toString(StandardCharsets.UTF_8).lines().toList();
        var last = new ObjectMapper().readTree(lines.get(lines.size() - 1));
        assertEquals("user:olivia", last.get("audience").asText(), "the scorecard is for the owner only");
        return last.get("text").asText();
    }

    @Test
    void aStrongAndAWeakCandidateGetClearlyDifferentExplainedScorecards() throws Exception {
        String strong = scorecard("strong-candidate.jsonl");
        String weak = scorecard("weak-candidate.jsonl");

        assertTrue(strong.startsWith("Trial scorecard for Dana: 100/100 — PASS"), strong);
        assertTrue(weak.startsWith("Trial scorecard for Dana: 39/100 — below the pass mark"), weak);
        for (String reason : List.of("sent the approved macro 'login-password-reset'", "asked: \"Sorry to hear that!",
                "escalated as required (chargeback) with a complete card", "resolved after the customer confirmed it worked",
                "escalated and told the customer it was passed on")) {
            assertTrue(strong.contains(reason), reason);
        }
        for (String reason : List.of("free-text replies only; closest to the approved macro", "answered without asking",
                "must be escalated (critical_bug) but was not", "must be escalated (privacy_security) but was not",
                "resolved without hearing back from the customer", "took 40 min 0 s (target 8 min 0 s)")) {
            assertTrue(weak.contains(reason), reason);
        }
        assertTrue(strong.contains("Transcript of trial #1:") && strong.contains("Dana (macro login-password-reset): Hi Jordan"), strong);
    }
}
