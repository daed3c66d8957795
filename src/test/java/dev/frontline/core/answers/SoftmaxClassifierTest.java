package dev.frontline.core.answers;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SoftmaxClassifierTest {

    /** Sparse raw vectors and their mean, as the lexical fallback gives them. */
    private static final int DIMS = 64;
    private static final int CLASSES = 4;

    @Test
    void trainingOnRawVectorsAndTheirMeanEqualsTrainingOnTheCentredVectors() {
        Random random = new Random(7);
        List<float[]> raw = new ArrayList<>();
        List<Integer> labels = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            int label = i % CLASSES;
            float[] v = new float[DIMS];
            for (int k = 0; k < 4; k++) v[label * 8 + random.nextInt(8)] += 1;   // words typical of the class
            v[32 + random.nextInt(32)] += 1;                                       // and one shared at random
            raw.add(normalized(v));
            labels.add(label);
        }
        float[] mean = new float[DIMS];
        for (float[] v : raw) for (int d = 0; d < DIMS; d++) mean[d] += v[d] / raw.size();
        List<float[]> centred = new ArrayList<>();
        for (float[] v : raw) {
            float[] c = new float[DIMS];
            for (int d = 0; d < DIMS; d++) c[d] = v[d] - mean[d];
            centred.add(normalized(c));
        }

        SoftmaxClassifier sparse = SoftmaxClassifier.train(raw, mean, labels, CLASSES);
        SoftmaxClassifier dense = SoftmaxClassifier.train(centred, new float[DIMS], labels, CLASSES);

        for (int i = 0; i < centred.size(); i++) {
            double[] a = sparse.probabilities(centred.get(i));
            assertArrayEquals(dense.probabilities(centred.get(i)), a, 1e-6, "example " + i);
            int best = 0;
            for (int c = 1; c < CLASSES; c++) if (a[c] > a[best]) best = c;
            assertTrue(best == labels.get(i), "the training examples are learnt: example " + i);
        }
    }

    private static float[] normalized(float[] v) {
        double s = 0;
        for (float x : v) s += x * x;
        float[] o = new float[v.length];
        for (int i = 0; i < v.length; i++) o[i] = (float) (v[i] / Math.sqrt(s));
        return o;
    }
}
