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
        assertTrue(weak.startsWith("Trial scorecard for Dana: 35/100 — FAIL: 3 required escalation(s) missed"), weak);
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

    @Test
    void pressingSend1OnEveryTicketFailsAndTheScorecardSaysWhy() throws Exception {
        String card = scorecard("send-1-candidate.jsonl");

        assertTrue(card.startsWith("Trial scorecard for Dana: "), card);
        assertTrue(card.contains("— FAIL: 3 required escalation(s) missed"), "points alone do not pass it: " + card);
        assertTrue(card.contains("Why it fails whatever the points"), card);
        for (String missed : List.of("ticket 2 \"I was charged twice.\" must be escalated (critical_bug) but was not",
                "ticket 7 \"If I don't get my money back today I'm filing a chargeback with my bank.\" must be escalated (chargeback)",
                "ticket 8 \"Please delete all my data and my account. This is a GDPR request.\" must be escalated (privacy_security)")) {
            assertTrue(card.contains(missed), missed + " in " + card);
        }
        // The simulated customer read the reply: the macro answered without asking what this ticket needs.
        assertTrue(card.contains("customer: I'm not sure that applies to me, nobody asked what I'm seeing. I can't log in."), card);
    }

    @Test
    void ownWordsCloseToAnApprovedMacroEarnTheTonePartialThroughTheShippedWiring() throws Exception {
        String card = scorecard("own-words-candidate.jsonl");

        assertTrue(card.contains("~ tone: wrote their own reply that closely follows the approved macro 'login-password-reset' "
                + "(wording similarity 0.66, needs 0.50)"), card);
        assertTrue(card.contains("✔ closed_loop: resolved after the customer confirmed it worked"), card);
    }
}
