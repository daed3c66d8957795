package dev.frontline.core.answers;

import java.util.List;

/**
 * A small multinomial logistic regression over example embeddings, trained when the bank is built.
 * Combined with nearest-example similarity it ranks macros better than either alone (measured on
 * banking77-dev, see README). Training is full-batch gradient descent: the bank is small.
 */
final class SoftmaxClassifier {
    private static final int EPOCHS = 300;
    private static final double LEARNING_RATE = 0.5;
    private static final double L2 = 0.001;
    /** Cosine-scale inputs are tiny; scaling them speeds up convergence without changing the optimum's shape. */
    private static final double SCALE = 20;

    private final double[][] weights;

    private SoftmaxClassifier(double[][] weights) {
        this.weights = weights;
    }

    static SoftmaxClassifier train(List<float[]> vectors, List<Integer> labels, int classes) {
        int dims = vectors.get(0).length;
        int n = vectors.size();
        double[][] w = new double[classes][dims + 1];
        double[] z = new double[classes];
        for (int epoch = 0; epoch < EPOCHS; epoch++) {
            double[][] grad = new double[classes][dims + 1];
            for (int i = 0; i < n; i++) {
                float[] x = vectors.get(i);
                for (int c = 0; c < classes; c++) {
                    double v = w[c][dims];
                    for (int d = 0; d < dims; d++) v += w[c][d] * x[d] * SCALE;
                    z[c] = v;
                }
                double[] p = softmax(z);
                for (int c = 0; c < classes; c++) {
                    double g = p[c] - (labels.get(i) == c ? 1 : 0);
                    if (Math.abs(g) < 1e-6) continue;
                    for (int d = 0; d < dims; d++) grad[c][d] += g * x[d] * SCALE;
                    grad[c][dims] += g;
                }
            }
            for (int c = 0; c < classes; c++) {
                for (int d = 0; d <= dims; d++) w[c][d] -= LEARNING_RATE * (grad[c][d] / n + L2 * w[c][d]);
            }
        }
        for (double[] row : w) for (int d = 0; d < dims; d++) row[d] *= SCALE;
        return new SoftmaxClassifier(w);
    }

    /** Class probabilities for one vector. */
    double[] probabilities(float[] x) {
        int dims = x.length;
        double[] z = new double[weights.length];
        for (int c = 0; c < weights.length; c++) {
            double v = weights[c][dims];
            for (int d = 0; d < dims; d++) v += weights[c][d] * x[d];
            z[c] = v;
        }
        return softmax(z);
    }

    static double[] softmax(double[] z) {
        double max = Double.NEGATIVE_INFINITY;
        for (double v : z) max = Math.max(max, v);
        double sum = 0;
        double[] p = new double[z.length];
        for (int i = 0; i < z.length; i++) {
            p[i] = Math.exp(z[i] - max);
            sum += p[i];
        }
        for (int i = 0; i < z.length; i++) p[i] /= sum;
        return p;
    }
}
