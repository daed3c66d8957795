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
 * docs/examples/guarded-refund.jsonl: Sam, in guarded mode, sends the refund macro (the path of its
 * Send button: the form asks for the amount) for "480 EUR" and then asks again with /refund. The customer reads no promise; one approval card is
 * raised (the repeat updates it) and the guarded digest lists it.
 */
class GuardedRefundReplayTest {
    @TempDir
    Path dir;

    @Test
    void aGuardedAgentsRefundMacroIsHeldForApprovalAndListedInTheDigest() throws Exception {
        PrintStream old = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        int code;
        try {
            code = Main.execute("replay", "docs/examples/guarded-refund.jsonl", "--data", dir.toString());
        } finally {
            System.setOut(old);
        }
        String all = out.toString(StandardCharsets.UTF_8);
        assertEquals(0, code, all);
        List<JsonNode> lines = new ArrayList<>();
        for (String l : all.split("\n")) if (!l.isBlank()) lines.add(new ObjectMapper().readTree(l));

        for (JsonNode l : lines) {
            if (!l.get("audience").asText().equals("public")) continue;
            String text = l.get("text").asText();
            assertTrue(!text.contains("started the refund") && !text.contains("480"), "the customer sees no promise: " + text);
        }
        // The Pending decisions list is a card too (issue 17); the approval cards are the escalation cards.
        List<JsonNode> cards = lines.stream().filter(l -> l.get("kind").asText().equals("card")
                && !l.path("card").asText().equals("pending-decisions")).toList();
        assertEquals(1, cards.size(), "one approval card, also after the repeat request: " + all);
        JsonNode card = cards.get(0);
        assertEquals("owners", card.get("audience").asText());
        assertTrue(card.get("text").asText().contains("Refund of 480.00 EUR"), card.toString());
        assertTrue(card.get("text").asText().contains("guarded mode"), card.toString());
        String cardId = card.get("card").asText();
        assertTrue(lines.stream().anyMatch(l -> l.get("audience").asText().equals("user:sam")
                && l.get("text").asText().startsWith("Your reply was NOT sent")), "Sam is told: " + all);
        assertTrue(lines.stream().anyMatch(l -> l.get("kind").asText().equals("card_update") && cardId.equals(l.get("card").asText())),
                "the repeat /refund updates the card: " + all);
        assertTrue(lines.stream().anyMatch(l -> l.get("audience").asText().equals("user:sam")
                && l.get("text").asText().contains("already waits for approval on card " + cardId)), all);
        JsonNode digest = lines.stream().filter(l -> l.get("text").asText().startsWith("Guarded-mode digest for Sam")).findFirst()
                .orElseThrow(() -> new AssertionError("no digest: " + all));
        assertEquals("owners", digest.get("channel").asText());
        assertTrue(digest.get("text").asText().contains(cardId + " refund — pending (refund request; their reply to the customer was held"),
                digest.toString());
    }
}
