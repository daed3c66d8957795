package dev.frontline.core.answers;

import dev.frontline.embedding.LexicalEmbedder;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MacroMatcherTest {
    private final MacroMatcher matcher = new MacroMatcher(AnswerBankFixture.macros(), new LexicalEmbedder(), 0.2);

    @Test
    void theClosestMacroRanksFirstWithTheLargestConfidence() {
        List<MacroMatcher.Match> ranked = matcher.rank("where is my order? it has not arrived", 3);
        assertEquals("order-status", ranked.get(0).macro().id());
        assertEquals(3, ranked.size());
        assertTrue(ranked.get(0).confidence() > ranked.get(1).confidence());
        double total = ranked.stream().mapToDouble(MacroMatcher.Match::confidence).sum();
        assertEquals(1.0, total, 1e-6, "confidences are shared among the macros");
        assertTrue(matcher.fits(ranked.get(0)));
    }

    @Test
    void aMessageUnlikeAnyExampleFitsNothing() {
        MacroMatcher.Match best = matcher.rank("quantum chromodynamics lecture schedule", 1).get(0);
        assertFalse(matcher.fits(best), "similarity " + best.similarity());
    }

    @Test
    void theNearestExampleExplainsTheMatch() {
        MacroMatcher.Match best = matcher.rank("please delete all my data", 1).get(0);
        assertEquals("delete-data", best.macro().id());
        assertEquals("delete all my data", best.nearestExample());
    }
}
