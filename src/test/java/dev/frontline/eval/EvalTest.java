package dev.frontline.eval;

import dev.frontline.core.answers.MacroMatcher;
import dev.frontline.core.model.Macro;
import dev.frontline.embedding.LexicalEmbedder;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EvalTest {
    private static final Macro LOGIN = new Macro("login", "Can't log in", List.of("I can't log in", "password does not work"),
            List.of(), List.of(), null, null, "x");
    private static final Macro FRAUD = new Macro("fraud", "Card stolen", List.of("my card was stolen", "someone used my card"),
            List.of(), List.of(), "privacy_security", null, "x");

    @Test
    void countsAccuracyNothingFitsAndEscalationAsDocumented() {
        MacroMatcher matcher = new MacroMatcher(List.of(LOGIN, FRAUD), new LexicalEmbedder(), 0.2);
        List<EvalCase> cases = List.of(
                new EvalCase("I can't log in today", "login", null),
                new EvalCase("someone used my card", "fraud", "privacy_security"),
                new EvalCase("my card was stolen yesterday", "login", null),          // labelled wrong on purpose
                new EvalCase("zebra astronomy violin", null, null));

        EvalReport r = new Eval(matcher, new LexicalEmbedder(), EscalationJudge.fromMacros()).run(cases);

        assertEquals(4, r.cases());
        assertEquals(2.0 / 3, r.top1(), 1e-9);
        assertEquals(1.0, r.top3(), 1e-9, "only two macros: everything is in the top 3");
        assertEquals(1.0, r.nomatchPrecision(), 1e-9);
        assertEquals(1.0, r.nomatchRecall(), 1e-9);
        assertEquals(0.5, r.escalationPrecision(), 1e-9, "the stolen-card case is flagged but labelled no escalation");
        assertEquals(1.0, r.escalationRecall(), 1e-9);
        assertTrue(r.p99Ms() >= r.p50Ms());
        String json = r.toJson();
        for (String key : List.of("cases", "top1", "top3", "nomatch_precision", "nomatch_recall", "escalation_precision",
                "escalation_recall", "p50_ms", "p99_ms", "heap_mb", "peak_rss_mb")) {
            assertTrue(json.contains("\"" + key + "\""), key);
        }
        assertTrue(r.memory().heapMb() > 0, "some heap is in use");
    }

    @Test
    void peakResidentSizeIsReadFromProcStatusAndMissingIsNull(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        java.nio.file.Path status = dir.resolve("status");
        java.nio.file.Files.writeString(status, "Name:\tjava\nVmPeak:\t 9000000 kB\nVmHWM:\t  524288 kB\nVmRSS:\t 400000 kB\n");
        assertEquals(512.0, MemoryUse.peakRssMb(status), 1e-9);
        assertNull(MemoryUse.peakRssMb(dir.resolve("absent")));
    }

    @Test
    void aRatioWithNothingToCountIsNullNotZero() {
        MacroMatcher matcher = new MacroMatcher(List.of(LOGIN, FRAUD), new LexicalEmbedder(), 0.2);
        EvalReport r = new Eval(matcher, new LexicalEmbedder(), EscalationJudge.fromMacros()).run(List.of(new EvalCase("I can't log in", "login", null)));
        assertNull(r.nomatchRecall());
        assertNull(r.escalationRecall());
        assertTrue(r.toJson().contains("\"nomatch_recall\":null"));
    }
}
