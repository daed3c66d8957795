package dev.frontline.core.escalation;

import dev.frontline.core.port.ModelCache;
import dev.frontline.embedding.LexicalEmbedder;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A restart with an unchanged phrasebook loads the trained weights instead of training for seconds,
 * even when the lines arrive in another order (they are gathered from config maps whose iteration
 * order changes between JVMs: that once cost 4 s of training at every start).
 */
class TrainedModelCacheTest {

    @Test
    void theSameLinesInAnotherOrderAreNotTrainedAgain() {
        List<Phrasing> lines = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            lines.add(new Phrasing("angry", "this is the worst service I have ever had, number " + i, "test"));
            lines.add(new Phrasing("chargeback", "I will dispute charge " + i + " with my bank", "test"));
            lines.add(new Phrasing(Phrasing.NONE, "how do I change my password on device " + i, "test"));
        }
        CountingCache cache = new CountingCache();
        LivePhrasebook first = new LivePhrasebook(lines, new LexicalEmbedder(), EscalationModel.DEFAULT_C, cache);
        List<Phrasing> shuffled = new ArrayList<>(lines);
        Collections.shuffle(shuffled, new Random(7));
        LivePhrasebook second = new LivePhrasebook(shuffled, new LexicalEmbedder(), EscalationModel.DEFAULT_C, cache);

        assertEquals(1, cache.saves, "trained once; the second start found the weights");
        assertEquals(1, cache.hits, "the second start loaded them");
        float[] probe = new LexicalEmbedder().embed("I will dispute this charge with my bank");
        assertEquals(first.model().orElseThrow().scores(probe), second.model().orElseThrow().scores(probe));
    }

    private static final class CountingCache implements ModelCache {
        private final Map<String, String> saved = new HashMap<>();
        int saves;
        int hits;

        @Override
        public Optional<String> find(String key) {
            Optional<String> found = Optional.ofNullable(saved.get(key));
            if (found.isPresent()) hits++;
            return found;
        }

        @Override
        public void save(String key, String model) {
            saves++;
            saved.put(key, model);
        }
    }
}
