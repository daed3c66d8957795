package dev.frontline.core.answers;

import dev.frontline.core.model.Macro;
import dev.frontline.core.port.Embedder;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Ranks the answer bank's macros for a customer message by meaning. Each macro is represented by
 * its example phrasings and title; a message scores against a macro by the sum of
 * <ul>
 *   <li>its nearest example (cosine of sentence embeddings, after centring on the bank's mean vector),</li>
 *   <li>the macro's centroid,</li>
 *   <li>half the probability a small classifier trained on the examples gives it, and</li>
 *   <li>a tenth of a TF-IDF word match (exact product terms).</li>
 * </ul>
 * Those weights were tuned on public dev data (banking77-dev); see the README's benchmark section.
 * Built once per bank; {@link #rank} is thread-safe.
 */
public final class MacroMatcher {
    private static final double CLASSIFIER_WEIGHT = 0.5;
    private static final double WORDS_WEIGHT = 0.1;
    /** Turns score gaps into a 0-1 confidence shared among the macros. */
    private static final double CONFIDENCE_TEMPERATURE = 0.2;

    private final List<Macro> macros;
    private final Embedder embedder;
    private final double minSimilarity;
    private final float[] mean;
    private final List<float[]> exampleVectors = new ArrayList<>();
    private final List<float[]> rawExampleVectors = new ArrayList<>();
    private final List<Integer> exampleOwner = new ArrayList<>();
    private final List<String> exampleText = new ArrayList<>();
    private final float[][] centroids;
    /** Per macro, the normalised mean of its plain (uncentred) example vectors: what "fits" is judged on. */
    private final float[][] rawCentroids;
    private final SoftmaxClassifier classifier;
    private final WordOverlap words;

    /**
     * One ranked macro. {@code similarity} is the plain cosine to its nearest example, what "fits" is
     * shown as evidence; {@code fit} is the plain cosine to the macro's centroid (the mean of its examples),
     * what "fits" is judged on; {@code score} is the combined ranking score (nearest + centroid + classifier + words).
     */
    public record Match(Macro macro, double confidence, double similarity, String nearestExample, double score, double fit) {}

    /** @param minSimilarity below this similarity to its nearest example, a macro does not fit the message */
    public MacroMatcher(List<Macro> macros, Embedder embedder, double minSimilarity) {
        this.macros = List.copyOf(macros);
        this.embedder = embedder;
        this.minSimilarity = minSimilarity;
        List<List<String>> textsPerMacro = new ArrayList<>();
        for (int m = 0; m < this.macros.size(); m++) {
            List<String> texts = new ArrayList<>(this.macros.get(m).examples());
            texts.add(this.macros.get(m).title());
            textsPerMacro.add(texts);
            for (String t : texts) {
                rawExampleVectors.add(embedder.embed(t));
                exampleOwner.add(m);
                exampleText.add(t);
            }
        }
        int dims = rawExampleVectors.isEmpty() ? 0 : rawExampleVectors.get(0).length;
        mean = new float[dims];
        for (float[] v : rawExampleVectors) for (int d = 0; d < dims; d++) mean[d] += v[d] / rawExampleVectors.size();
        for (float[] v : rawExampleVectors) exampleVectors.add(centred(v));
        centroids = centroidsOf(exampleVectors, dims);
        rawCentroids = centroidsOf(rawExampleVectors, dims);
        classifier = this.macros.size() > 1 && !exampleVectors.isEmpty()
                ? SoftmaxClassifier.trainOrLoad(rawExampleVectors, mean, exampleOwner, this.macros.size(),
                        embedder instanceof dev.frontline.core.port.ModelCache cache ? cache : dev.frontline.core.port.ModelCache.none()) : null;
        words = new WordOverlap(textsPerMacro);
    }

    public List<Macro> macros() {
        return macros;
    }

    /** The model the bank's examples were embedded with; message vectors must come from the same one. */
    public String modelId() {
        return embedder.modelId();
    }

    public double minSimilarity() {
        return minSimilarity;
    }

    /** The {@code k} best macros for {@code text}, best first (fitting or not: see {@link #fits}). */
    public List<Match> rank(String text, int k) {
        if (macros.isEmpty()) return List.of();
        return rank(text, embedder.embed(text), k);
    }

    /**
     * As {@link #rank(String, int)}, for a message whose vector was already computed with the bank's
     * model (one embedding per message, shared with the escalation detector).
     */
    public List<Match> rank(String text, float[] raw, int k) {
        if (macros.isEmpty()) return List.of();
        // The suggestions and the escalation hint rank the same message moments apart: rank it once.
        // Keyed by the vector's identity (weak keys): no customer text is kept, and an entry goes
        // with the message's vector.
        List<Match> hit = raw == null ? null : recent.getIfPresent(raw);
        if (hit != null && hit.size() >= Math.min(k, macros.size())) return hit.subList(0, Math.min(k, hit.size()));
        List<Match> ranked = rankNow(text, raw, k);
        if (raw != null) recent.put(raw, ranked);
        return ranked;
    }

    /** The last rankings of this matcher by message vector (identity): a few seconds of messages. */
    private final com.github.benmanes.caffeine.cache.Cache<float[], List<Match>> recent = com.github.benmanes.caffeine.cache.Caffeine.newBuilder()
            .weakKeys().maximumSize(256).expireAfterWrite(java.time.Duration.ofSeconds(30)).build();

    private List<Match> rankNow(String text, float[] raw, int k) {
        float[] q = centred(raw);
        int n = macros.size();
        double[] nearest = new double[n];
        double[] nearestRaw = new double[n];
        int[] nearestIndex = new int[n];
        java.util.Arrays.fill(nearest, -2);
        java.util.Arrays.fill(nearestRaw, -2);
        for (int i = 0; i < exampleVectors.size(); i++) {
            int m = exampleOwner.get(i);
            double c = dot(q, exampleVectors.get(i));
            if (c > nearest[m]) {
                nearest[m] = c;
                nearestIndex[m] = i;
            }
            nearestRaw[m] = Math.max(nearestRaw[m], dot(raw, rawExampleVectors.get(i)));
        }
        double[] p = classifier == null ? new double[n] : classifier.probabilities(q);
        double[] w = words.scores(text);
        double[] score = new double[n];
        for (int m = 0; m < n; m++) {
            score[m] = nearest[m] + dot(q, centroids[m]) + CLASSIFIER_WEIGHT * p[m] + WORDS_WEIGHT * w[m];
        }
        double[] confidence = SoftmaxClassifier.softmax(scaled(score, 1 / CONFIDENCE_TEMPERATURE));
        List<Integer> order = new ArrayList<>();
        for (int m = 0; m < n; m++) order.add(m);
        order.sort(Comparator.comparingDouble((Integer m) -> -score[m]));
        List<Match> out = new ArrayList<>();
        for (int i = 0; i < Math.min(k, n); i++) {
            int m = order.get(i);
            out.add(new Match(macros.get(m), confidence[m], nearestRaw[m], exampleText.get(nearestIndex[m]), score[m],
                    dot(raw, rawCentroids[m])));
        }
        return out;
    }

    /**
     * A runner-up this confident is enough to flag an escalation: when one of the likely answers is
     * a topic that must go up, asking the owner costs less than missing it ("when in doubt, escalate").
     * 0.1 was measured on banking77-dev: escalation recall 0.957 at precision 0.918 (0.2: 0.930 / 0.948).
     */
    static final double ESCALATION_MIN_CONFIDENCE = 0.1;

    /** The first fitting match among {@code ranked} whose macro must be escalated and that is likely enough. */
    public Optional<Match> escalationAmong(List<Match> ranked) {
        for (int i = 0; i < ranked.size(); i++) {
            Match m = ranked.get(i);
            if (!fits(m) || m.macro().escalate() == null) continue;
            if (i == 0 || m.confidence() >= ESCALATION_MIN_CONFIDENCE) return Optional.of(m);
        }
        return Optional.empty();
    }

    /**
     * Whether a match is close enough to suggest; below it, "nothing in the bank fits". Judged on the
     * macro's centroid, not its nearest example: on clinc-dev one lucky example lets out-of-scope
     * messages through (nearest example: precision 0.57 / recall 0.76 at best F1; centroid: 0.78 / 0.77).
     */
    public boolean fits(Match match) {
        return match.fit() >= minSimilarity;
    }

    /** Per macro, the normalised sum of its vectors among {@code vectors} (one per example, owners in {@code exampleOwner}). */
    private float[][] centroidsOf(List<float[]> vectors, int dims) {
        float[][] out = new float[macros.size()][dims];
        for (int i = 0; i < vectors.size(); i++) {
            float[] c = out[exampleOwner.get(i)];
            float[] v = vectors.get(i);
            for (int d = 0; d < dims; d++) c[d] += v[d];
        }
        for (int m = 0; m < out.length; m++) out[m] = normalized(out[m]);
        return out;
    }

    private float[] centred(float[] v) {
        float[] c = new float[v.length];
        for (int d = 0; d < v.length; d++) c[d] = v[d] - (d < mean.length ? mean[d] : 0);
        return normalized(c);
    }

    private static float[] normalized(float[] v) {
        double s = 0;
        for (float x : v) s += x * x;
        if (s == 0) return v;
        float inv = (float) (1 / Math.sqrt(s));
        float[] o = new float[v.length];
        for (int i = 0; i < v.length; i++) o[i] = v[i] * inv;
        return o;
    }

    private static double dot(float[] a, float[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) s += a[i] * b[i];
        return s;
    }

    private static double[] scaled(double[] v, double factor) {
        double[] o = new double[v.length];
        for (int i = 0; i < v.length; i++) o[i] = v[i] * factor;
        return o;
    }
}
