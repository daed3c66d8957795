package dev.frontline.eval;

import dev.frontline.core.escalation.EscalationModel;
import dev.frontline.core.escalation.Phrasing;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

/**
 * K-fold cross-validation of the escalation model on the phrasebook itself, for {@code tune}: each
 * line is scored by a model that never saw it, which is how thresholds are chosen on data without
 * touching the benchmark sets. Folds are fixed by a hash of the text, so a run is reproducible and
 * adding a line moves no other line to another fold. Also lists the lines the held-out model most
 * disagrees with: usually mislabelled, sometimes a concept the category lacks.
 */
public final class PhrasebookCrossValidation {
    /** The recall each category's threshold keeps on held-out lines ("when in doubt, escalate"). */
    public static final double TARGET_RECALL = 0.95;

    private final List<Phrasing> phrasings;
    private final double[][] scores;
    private final List<String> labels;

    private PhrasebookCrossValidation(List<Phrasing> phrasings, List<String> labels, double[][] scores) {
        this.phrasings = phrasings;
        this.labels = labels;
        this.scores = scores;
    }

    public static PhrasebookCrossValidation run(List<Phrasing> phrasings, List<float[]> vectors, double c, int folds) {
        List<String> labels = new ArrayList<>(new TreeSet<>(phrasings.stream().map(Phrasing::category).toList()));
        double[][] scores = new double[phrasings.size()][labels.size()];
        for (int fold = 0; fold < folds; fold++) {
            List<Phrasing> train = new ArrayList<>();
            List<float[]> trainVectors = new ArrayList<>();
            List<Integer> held = new ArrayList<>();
            for (int i = 0; i < phrasings.size(); i++) {
                if (fold(phrasings.get(i), folds) == fold) {
                    held.add(i);
                } else {
                    train.add(phrasings.get(i));
                    trainVectors.add(vectors.get(i));
                }
            }
            if (held.isEmpty()) continue;
            EscalationModel model = EscalationModel.train(train, trainVectors, c, null);
            for (int i : held) {
                Map<String, Double> s = model.scores(vectors.get(i));
                for (int l = 0; l < labels.size(); l++) scores[i][l] = s.getOrDefault(labels.get(l), 0.0);
            }
        }
        return new PhrasebookCrossValidation(phrasings, labels, scores);
    }

    static int fold(Phrasing p, int folds) {
        return Math.floorMod(p.text().toLowerCase(Locale.ROOT).hashCode() * 31 + 7, folds);
    }

    /** Held-out precision and recall of one category at threshold {@code t}. */
    public double[] precisionRecall(String category, double t) {
        int l = labels.indexOf(category);
        int tp = 0, fp = 0, fn = 0;
        for (int i = 0; i < phrasings.size(); i++) {
            boolean positive = phrasings.get(i).category().equals(category);
            boolean predicted = scores[i][l] >= t;
            if (positive && predicted) tp++;
            else if (predicted) fp++;
            else if (positive) fn++;
        }
        return new double[] {tp + fp == 0 ? 1 : (double) tp / (tp + fp), tp + fn == 0 ? 0 : (double) tp / (tp + fn)};
    }

    /** The highest threshold (in steps of 0.01) whose held-out recall is still at least {@code recall}. */
    public double thresholdFor(String category, double recall) {
        for (double t = 0.95; t >= 0.02; t -= 0.01) {
            if (precisionRecall(category, t)[1] >= recall) return Math.round(t * 100) / 100.0;
        }
        return 0.02;
    }

    /**
     * The threshold with the best held-out F1 for the category. F1 is flat near its top, so the argmax
     * alone jumps with every added line: this takes the middle of the thresholds (steps of 0.01) whose
     * F1 is within 0.01 of the best, which moves little when the phrasebook grows.
     */
    public double bestF1(String category) {
        double[] f1 = new double[96];
        double best = -1;
        for (int k = 2; k <= 95; k++) {
            double[] pr = precisionRecall(category, k / 100.0);
            f1[k] = pr[0] + pr[1] == 0 ? 0 : 2 * pr[0] * pr[1] / (pr[0] + pr[1]);
            best = Math.max(best, f1[k]);
        }
        int low = -1, high = -1;
        for (int k = 2; k <= 95; k++) {
            if (f1[k] < best - 0.01) continue;
            if (low < 0) low = k;
            high = k;
        }
        return Math.round((low + high) / 2.0) / 100.0;
    }

    public void print(PrintStream out, int suspicious) {
        out.println("held out: category  lines | threshold for recall >= " + TARGET_RECALL + ": precision recall | best-F1 threshold: precision recall");
        for (String category : labels) {
            if (category.equals(Phrasing.NONE)) continue;
            double t = thresholdFor(category, TARGET_RECALL);
            double[] pr = precisionRecall(category, t);
            double f = bestF1(category);
            double[] fr = precisionRecall(category, f);
            long n = phrasings.stream().filter(p -> p.category().equals(category)).count();
            out.printf(Locale.ROOT, "%-18s %5d | %5.2f: %.3f %.3f | %5.2f: %.3f %.3f%n", category, n, t, pr[0], pr[1], f, fr[0], fr[1]);
        }
        out.printf(Locale.ROOT, "none               %5d%n", phrasings.stream().filter(p -> p.category().equals(Phrasing.NONE)).count());
        if (suspicious <= 0) return;
        out.println("lines the held-out model disagrees with most (label -> model's best, score):");
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < phrasings.size(); i++) order.add(i);
        order.sort(Comparator.comparingDouble(i -> -disagreement(i)));
        for (int k = 0; k < Math.min(suspicious, order.size()); k++) {
            int i = order.get(k);
            int best = argmax(scores[i]);
            if (labels.get(best).equals(phrasings.get(i).category())) break;
            out.printf(Locale.ROOT, "  %s -> %s %.2f  %s  (%s)%n", phrasings.get(i).category(), labels.get(best), scores[i][best],
                    phrasings.get(i).text(), phrasings.get(i).source());
        }
    }

    private double disagreement(int i) {
        int own = labels.indexOf(phrasings.get(i).category());
        int best = argmax(scores[i]);
        return best == own ? -1 : scores[i][best] - scores[i][own];
    }

    private static int argmax(double[] v) {
        int best = 0;
        for (int i = 1; i < v.length; i++) if (v[i] > v[best]) best = i;
        return best;
    }
}
