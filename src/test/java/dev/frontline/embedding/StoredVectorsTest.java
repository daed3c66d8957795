package dev.frontline.embedding;

import dev.frontline.core.escalation.EscalationModel;
import dev.frontline.core.escalation.LivePhrasebook;
import dev.frontline.core.escalation.Phrasing;
import dev.frontline.core.port.Embedder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Fast start: a restart embeds only the texts that changed, and an unchanged phrasebook is not trained again. */
class StoredVectorsTest {
    @TempDir
    Path data;

    /** The lexical embedder under another model id (as if it were the model), counting its calls. */
    static final class Counting implements Embedder {
        final AtomicInteger calls = new AtomicInteger();
        private final LexicalEmbedder inner = new LexicalEmbedder();

        @Override
        public String modelId() {
            return "test-model";
        }

        @Override
        public float[] embed(String text) {
            calls.incrementAndGet();
            return inner.embed(text);
        }
    }

    @Test
    void aRestartEmbedsOnlyTheTextsThatChanged() {
        Counting first = new Counting();
        try (StoredVectors v = StoredVectors.open(first, data)) {
            for (String t : List.of("where is my parcel", "my bank will reverse it", "how do I export")) v.embed(t);
        }
        assertEquals(3, first.calls.get());

        Counting second = new Counting();
        try (StoredVectors v = StoredVectors.open(second, data)) {
            float[] again = v.embed("my bank will reverse it");
            v.embed("a new line");
            assertArrayEquals(new LexicalEmbedder().embed("my bank will reverse it"), again, 1e-6f);
        }
        assertEquals(1, second.calls.get(), "only the new text is embedded");
    }

    @Test
    void vectorsOfAnotherModelAreNeverReused() {
        try (StoredVectors v = StoredVectors.open(new Counting(), data)) {
            v.embed("where is my parcel");
        }
        AtomicInteger calls = new AtomicInteger();
        Embedder other = new Embedder() {
            @Override
            public String modelId() {
                return "another-model";
            }

            @Override
            public float[] embed(String text) {
                calls.incrementAndGet();
                return new LexicalEmbedder().embed(text);
            }
        };
        try (StoredVectors v = StoredVectors.open(other, data)) {
            v.embed("where is my parcel");
        }
        assertEquals(1, calls.get());
    }

    @Test
    void anUnchangedPhrasebookStartsFromTheStoredModelAndAChangedOneTrainsAgain() {
        List<Phrasing> lines = new ArrayList<>();
        for (String t : List.of("my bank will reverse the payment", "I'll dispute it with my card company")) lines.add(new Phrasing("chargeback", t, "t"));
        for (String t : List.of("where is my parcel", "how do I export my tasks", "thanks!")) lines.add(new Phrasing("none", t, "t"));
        String key;
        try (StoredVectors v = StoredVectors.open(new Counting(), data)) {
            key = EscalationModel.trainingKey(lines, v.modelId(), EscalationModel.DEFAULT_C);
            assertTrue(v.find(key).isEmpty());
            new LivePhrasebook(lines, v, EscalationModel.DEFAULT_C, v);
            assertTrue(v.find(key).isPresent(), "the trained model is kept");
        }
        try (StoredVectors v = StoredVectors.open(new Counting(), data)) {
            EscalationModel loaded = new LivePhrasebook(lines, v, EscalationModel.DEFAULT_C, v).model().orElseThrow();
            EscalationModel trained = EscalationModel.train(lines, lines.stream().map(p -> new LexicalEmbedder().embed(p.text())).toList(),
                    EscalationModel.DEFAULT_C, null);
            float[] q = new LexicalEmbedder().embed("the bank will reverse it");
            assertEquals(trained.scores(q).get("chargeback"), loaded.scores(q).get("chargeback"), 1e-6, "same decisions as a fresh training");

            List<Phrasing> more = new ArrayList<>(lines);
            more.add(new Phrasing("none", "can I change my address", "t"));
            assertTrue(!EscalationModel.trainingKey(more, v.modelId(), EscalationModel.DEFAULT_C).equals(key), "a new line is a new key");
        }
    }
}
