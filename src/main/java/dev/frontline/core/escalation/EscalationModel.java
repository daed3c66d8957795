package dev.frontline.core.escalation;

import de.bwaldvogel.liblinear.Feature;
import de.bwaldvogel.liblinear.FeatureNode;
import de.bwaldvogel.liblinear.Linear;
import de.bwaldvogel.liblinear.Model;
import de.bwaldvogel.liblinear.Parameter;
import de.bwaldvogel.liblinear.Problem;
import de.bwaldvogel.liblinear.SolverType;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The trained escalation model: per category, an L2-regularised logistic regression over sentence
 * embeddings that tells that category's phrasings from every other phrasing, ordinary ones
 * ({@code none}) included (one-vs-rest, trained by LIBLINEAR). One-vs-rest rather than softmax
 * because a message can call for two categories at once and each category gets its own threshold;
 * the scores are independent probabilities. Immutable; a new phrasing makes a new model, warm-started
 * from this one's weights.
 */
public final class EscalationModel {
    /** Inverse regularisation strength, chosen by cross-validation on the phrasebook (see the README). */
    public static final double DEFAULT_C = 8;
    private static final double EPSILON = 0.01;

    private final List<String> labels;
    private final double[][] weights;
    private final double[] bias;
    private final Model raw;
    private final Map<String, List<Integer>> byCategory = new LinkedHashMap<>();
    /** Each label's line vectors in one array, for the nearest-line scan on every flag (no boxing, no list lookups). */
    private final Map<String, float[][]> vectorsByCategory = new LinkedHashMap<>();
    private final List<Phrasing> phrasings;
    private final List<float[]> vectors;

    private EscalationModel(List<String> labels, Model raw, int dims, List<Phrasing> phrasings, List<float[]> vectors) {
        this.labels = labels;
        this.raw = raw;
        this.phrasings = List.copyOf(phrasings);
        this.vectors = List.copyOf(vectors);
        int classes = labels.size();
        weights = new double[classes][dims];
        bias = new double[classes];
        double[] w = raw.getFeatureWeights();
        int[] modelLabels = raw.getLabels();
        int nrClass = raw.getNrClass();
        if (nrClass == 2) {
            // LIBLINEAR keeps one vector for two classes: positive for its first label.
            int first = modelLabels[0];
            for (int d = 0; d < dims; d++) {
                weights[first][d] = w[d];
                weights[modelLabels[1]][d] = -w[d];
            }
            bias[first] = w[dims];
            bias[modelLabels[1]] = -w[dims];
        } else {
            for (int k = 0; k < nrClass; k++) {
                int c = modelLabels[k];
                for (int d = 0; d < dims; d++) weights[c][d] = w[d * nrClass + k];
                bias[c] = w[dims * nrClass + k];
            }
        }
        for (int i = 0; i < phrasings.size(); i++) byCategory.computeIfAbsent(phrasings.get(i).category(), k -> new ArrayList<>()).add(i);
        byCategory.forEach((label, indices) -> vectorsByCategory.put(label, indices.stream().map(this.vectors::get).toArray(float[][]::new)));
    }

    /**
     * Trains on {@code phrasings} and their unit-length {@code vectors} (same order). Needs at least
     * two labels. {@code warmStart}, a model over the same labels and dimensions, speeds training up
     * (a new line moves the optimum only a little).
     */
    public static EscalationModel train(List<Phrasing> phrasings, List<float[]> vectors, double c, EscalationModel warmStart) {
        if (phrasings.size() != vectors.size()) throw new IllegalArgumentException("one vector per phrasing");
        List<String> labels = new ArrayList<>();
        for (Phrasing p : phrasings) if (!labels.contains(p.category())) labels.add(p.category());
        if (labels.size() < 2) throw new IllegalArgumentException("the escalation model needs phrasings of two labels at least");
        labels.sort(null);
        int dims = vectors.get(0).length;
        Problem problem = new Problem();
        problem.l = phrasings.size();
        problem.n = dims + 1;
        problem.bias = 1;
        problem.x = new Feature[problem.l][];
        problem.y = new double[problem.l];
        for (int i = 0; i < problem.l; i++) {
            problem.x[i] = features(vectors.get(i), true);
            problem.y[i] = labels.indexOf(phrasings.get(i).category());
        }
        Parameter parameter = new Parameter(SolverType.L2R_LR, c, EPSILON);
        if (warmStart != null && warmStart.labels.equals(labels) && warmStart.weights[0].length == dims) {
            parameter.setInitSol(warmStart.raw.getFeatureWeights().clone());
        }
        Model model;
        synchronized (Linear.class) {
            // LIBLINEAR prints progress to a static stream; keep it quiet (and the setting stable across threads).
            Linear.disableDebugOutput();
            model = Linear.train(problem, parameter);
        }
        return new EscalationModel(List.copyOf(labels), model, dims, phrasings, vectors);
    }

    private static Feature[] features(float[] v, boolean withBias) {
        List<Feature> out = new ArrayList<>();
        for (int d = 0; d < v.length; d++) if (v[d] != 0) out.add(new FeatureNode(d + 1, v[d]));
        if (withBias) out.add(new FeatureNode(v.length + 1, 1));
        return out.toArray(new Feature[0]);
    }

    /** The trained weights as LIBLINEAR's text format, for {@link dev.frontline.core.port.ModelCache}. */
    public String save() {
        java.io.StringWriter out = new java.io.StringWriter();
        try {
            Linear.saveModel(out, raw);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out.toString();
    }

    /** A model saved by {@link #save()} for exactly these phrasings and vectors; empty if it does not fit them. */
    public static Optional<EscalationModel> load(String saved, List<Phrasing> phrasings, List<float[]> vectors) {
        try {
            Model model = Linear.loadModel(new java.io.StringReader(saved));
            List<String> labels = new ArrayList<>(new java.util.TreeSet<>(phrasings.stream().map(Phrasing::category).toList()));
            int dims = vectors.get(0).length;
            if (model.getNrClass() != labels.size() || model.getNrFeature() != dims) return Optional.empty();
            return Optional.of(new EscalationModel(List.copyOf(labels), model, dims, phrasings, vectors));
        } catch (java.io.IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** What identifies a training run: the phrasings with their labels, the embedding model, C and the solver. */
    public static String trainingKey(List<Phrasing> phrasings, String modelId, double c) {
        try {
            java.security.MessageDigest sha = java.security.MessageDigest.getInstance("SHA-256");
            sha.update(("escalation-model v1 L2R_LR eps=" + EPSILON + " C=" + c + " " + modelId + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
            // Order-free: the same lines give the same key however they were gathered (LivePhrasebook trains them sorted).
            List<Phrasing> sorted = new ArrayList<>(phrasings);
            sorted.sort(Phrasing.CANONICAL);
            for (Phrasing p : sorted) sha.update((p.category() + "\t" + p.text() + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return "escalation:" + java.util.HexFormat.of().formatHex(sha.digest());
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public List<String> labels() {
        return labels;
    }

    public List<Phrasing> phrasings() {
        return phrasings;
    }

    public List<float[]> vectors() {
        return vectors;
    }

    /** Each label's probability that the message is of it (independent, one-vs-rest), by label. */
    public Map<String, Double> scores(float[] vector) {
        Map<String, Double> out = new LinkedHashMap<>();
        for (int c = 0; c < labels.size(); c++) {
            double z = bias[c];
            double[] w = weights[c];
            for (int d = 0; d < w.length && d < vector.length; d++) z += w[d] * vector[d];
            out.put(labels.get(c), 1 / (1 + Math.exp(-z)));
        }
        return out;
    }

    /** The category's phrasing closest to the message (cosine), as evidence of what it reads like. */
    public Optional<Nearest> nearest(String category, float[] vector) {
        float[][] lines = vectorsByCategory.get(category);
        if (lines == null || lines.length == 0) return Optional.empty();
        int best = 0;
        double bestScore = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < lines.length; i++) {
            double s = dot(vector, lines[i]);
            if (s > bestScore) {
                bestScore = s;
                best = i;
            }
        }
        return Optional.of(new Nearest(phrasings.get(byCategory.get(category).get(best)), bestScore));
    }

    public record Nearest(Phrasing phrasing, double similarity) {}

    private static double dot(float[] a, float[] b) {
        int n = Math.min(a.length, b.length);
        float s = 0;
        for (int i = 0; i < n; i++) s += a[i] * b[i];
        return s;
    }
}
