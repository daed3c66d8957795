package dev.frontline.core.answers;

import dev.frontline.core.port.ModelCache;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** A restart with an unchanged bank loads the macro classifier's weights instead of training 300 epochs again. */
class BankClassifierCacheTest {

    @Test
    void sameVectorsAndLabelsLoadTheSavedWeightsAndAChangedBankTrainsAgain() {
        Random random = new Random(3);
        List<float[]> vectors = new ArrayList<>();
        List<Integer> labels = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            float[] v = new float[16];
            for (int d = 0; d < v.length; d++) v[d] = random.nextFloat() + (d == i % 3 ? 2 : 0);
            vectors.add(v);
            labels.add(i % 3);
        }
        float[] mean = new float[16];
        for (float[] v : vectors) for (int d = 0; d < mean.length; d++) mean[d] += v[d] / vectors.size();
        Map<String, String> saved = new HashMap<>();
        int[] trainings = {0};
        ModelCache cache = new ModelCache() {
            @Override
            public Optional<String> find(String key) {
                return Optional.ofNullable(saved.get(key));
            }

            @Override
            public void save(String key, String model) {
                trainings[0]++;
                saved.put(key, model);
            }
        };
        SoftmaxClassifier first = SoftmaxClassifier.trainOrLoad(vectors, mean, labels, 3, cache);
        SoftmaxClassifier again = SoftmaxClassifier.trainOrLoad(vectors, mean, labels, 3, cache);
        assertEquals(1, trainings[0], "the second build loaded the weights");
        assertArrayEquals(first.probabilities(vectors.get(4)), again.probabilities(vectors.get(4)));

        vectors.get(0)[0] += 0.5f;
        SoftmaxClassifier.trainOrLoad(vectors, mean, labels, 3, cache);
        assertEquals(2, trainings[0], "one changed vector means a new training");
    }
}
