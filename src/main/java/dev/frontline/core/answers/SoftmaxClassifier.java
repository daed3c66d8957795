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

    /**
     * Trains on the centred examples {@code (raw - mean) / |raw - mean|} without building them: the
     * lexical fallback's vectors have a few dozen non-zero entries out of 2,048, and centring would
     * make them dense, so logits and gradients are taken over the non-zero entries and the mean's
     * share is added once per class and epoch (dense vectors are simply centred). Same result as
     * training on the centred vectors; a lexical bank now builds in under a second instead of ten.
     */
    /**
     * The classifier trained on these examples, loaded from {@code cache} when it was trained on exactly
     * the same vectors and labels before (a restart with an unchanged bank skips 300 epochs).
     */
    static SoftmaxClassifier trainOrLoad(List<float[]> raw, float[] mean, List<Integer> labels, int classes,
                                         dev.frontline.core.port.ModelCache cache) {
        String key = trainingKey(raw, labels, classes);
        java.util.Optional<SoftmaxClassifier> saved = cache.find(key).flatMap(s -> load(s, classes, mean.length + 1));
        if (saved.isPresent()) return saved.get();
        SoftmaxClassifier trained = train(raw, mean, labels, classes);
        cache.save(key, trained.save());
        return trained;
    }

    /** Hashes everything training depends on: the settings, the vectors bit for bit and their labels. */
    static String trainingKey(List<float[]> raw, List<Integer> labels, int classes) {
        try {
            java.security.MessageDigest sha = java.security.MessageDigest.getInstance("SHA-256");
            sha.update(("bank-softmax v1 epochs=" + EPOCHS + " lr=" + LEARNING_RATE + " l2=" + L2 + " scale=" + SCALE + " classes=" + classes)
                    .getBytes(java.nio.charset.StandardCharsets.UTF_8));
            for (int i = 0; i < raw.size(); i++) {
                float[] v = raw.get(i);
                java.nio.ByteBuffer b = java.nio.ByteBuffer.allocate(8 + 4 * v.length);
                b.putInt(labels.get(i)).putInt(v.length);
                for (float f : v) b.putFloat(f);
                sha.update(b.array());
            }
            return "bank-softmax:" + java.util.HexFormat.of().formatHex(sha.digest());
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The weights, base64 of big-endian doubles, class by class. */
    String save() {
        java.nio.ByteBuffer b = java.nio.ByteBuffer.allocate(weights.length * weights[0].length * 8);
        for (double[] row : weights) for (double w : row) b.putDouble(w);
        return java.util.Base64.getEncoder().encodeToString(b.array());
    }

    /** Weights saved by {@link #save()}; empty when they do not have the expected shape. */
    static java.util.Optional<SoftmaxClassifier> load(String saved, int classes, int width) {
        try {
            byte[] bytes = java.util.Base64.getDecoder().decode(saved);
            if (bytes.length != classes * width * 8) return java.util.Optional.empty();
            java.nio.ByteBuffer b = java.nio.ByteBuffer.wrap(bytes);
            double[][] w = new double[classes][width];
            for (double[] row : w) for (int d = 0; d < width; d++) row[d] = b.getDouble();
            return java.util.Optional.of(new SoftmaxClassifier(w));
        } catch (IllegalArgumentException e) {
            return java.util.Optional.empty();
        }
    }

    static SoftmaxClassifier train(List<float[]> raw, float[] mean, List<Integer> labels, int classes) {
        int dims = mean.length;
        int n = raw.size();
        List<SparseRow> rows = new java.util.ArrayList<>(n);
        for (float[] v : raw) rows.add(SparseRow.centred(v, mean));
        double[][] w = new double[classes][dims + 1];
        double[] z = new double[classes];
        double[] wDotMean = new double[classes];
        double[] meanShare = new double[classes];
        for (int epoch = 0; epoch < EPOCHS; epoch++) {
            double[][] grad = new double[classes][dims + 1];
            java.util.Arrays.fill(meanShare, 0);
            for (int c = 0; c < classes; c++) {
                double dot = 0;
                for (int d = 0; d < dims; d++) dot += w[c][d] * mean[d];
                wDotMean[c] = dot;
            }
            for (int i = 0; i < n; i++) {
                SparseRow x = rows.get(i);
                double scale = SCALE * x.inverseNorm();
                for (int c = 0; c < classes; c++) z[c] = w[c][dims] + scale * x.dotCentred(w[c], wDotMean[c]);
                double[] p = softmax(z);
                for (int c = 0; c < classes; c++) {
                    double g = p[c] - (labels.get(i) == c ? 1 : 0);
                    if (Math.abs(g) < 1e-6) continue;
                    double gs = g * scale;
                    x.addScaled(grad[c], gs);
                    if (x.index() != null) meanShare[c] += gs;
                    grad[c][dims] += g;
                }
            }
            for (int c = 0; c < classes; c++) {
                for (int d = 0; d < dims; d++) grad[c][d] -= meanShare[c] * mean[d];
                for (int d = 0; d <= dims; d++) w[c][d] -= LEARNING_RATE * (grad[c][d] / n + L2 * w[c][d]);
            }
        }
        for (double[] row : w) for (int d = 0; d < dims; d++) row[d] *= SCALE;
        return new SoftmaxClassifier(w);
    }

    /**
     * One training vector. Sparse (most entries zero): its non-zero raw entries, the mean is taken
     * off per class. Dense (the model's vectors): {@code index} is null and {@code value} is already
     * centred, which keeps the plain loops the JIT vectorises.
     */
    private record SparseRow(int[] index, float[] value, double inverseNorm) {
        static SparseRow centred(float[] v, float[] mean) {
            int count = 0;
            for (float x : v) if (x != 0) count++;
            double squared = 0;
            for (int d = 0; d < v.length; d++) squared += (v[d] - mean[d]) * (double) (v[d] - mean[d]);
            double inverseNorm = squared == 0 ? 0 : 1 / Math.sqrt(squared);
            if (count > v.length / 2) {
                float[] c = new float[v.length];
                for (int d = 0; d < v.length; d++) c[d] = v[d] - mean[d];
                return new SparseRow(null, c, inverseNorm);
            }
            int[] index = new int[count];
            float[] value = new float[count];
            for (int d = 0, k = 0; d < v.length; d++) {
                if (v[d] != 0) {
                    index[k] = d;
                    value[k++] = v[d];
                }
            }
            return new SparseRow(index, value, inverseNorm);
        }

        /** {@code weights · (raw - mean)}, given {@code weights · mean}. */
        double dotCentred(double[] weights, double weightsDotMean) {
            double s = 0;
            if (index == null) {
                for (int d = 0; d < value.length; d++) s += weights[d] * value[d];
                return s;
            }
            for (int k = 0; k < index.length; k++) s += weights[index[k]] * value[k];
            return s - weightsDotMean;
        }

        /** Adds {@code factor ×} the stored entries to {@code target} (the mean's share is added by the caller). */
        void addScaled(double[] target, double factor) {
            if (index == null) {
                for (int d = 0; d < value.length; d++) target[d] += factor * value[d];
                return;
            }
            for (int k = 0; k < index.length; k++) target[index[k]] += factor * value[k];
        }
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
