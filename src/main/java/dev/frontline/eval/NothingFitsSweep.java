package dev.frontline.eval;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;

/**
 * How "nothing in the bank fits" would do at other thresholds, for choosing the shipped one on data
 * ({@code eval --sweep}): per signal of the best match (plain similarity to its nearest example, the
 * combined score, the confidence), precision and recall of "nothing fits" when the signal is below t.
 */
public final class NothingFitsSweep {
    /** What one case's best match looked like, and whether the case really had no macro. */
    public record Point(double similarity, double score, double confidence, double margin, boolean noMacro) {}

    private final List<Point> points = new ArrayList<>();

    void add(Point p) {
        points.add(p);
    }

    /** Every point as a tab-separated line (similarity, score, confidence, margin, no macro), for analysis elsewhere. */
    public void write(java.nio.file.Path file) throws java.io.IOException {
        List<String> lines = new ArrayList<>();
        lines.add("similarity\tscore\tconfidence\tmargin\tno_macro");
        for (Point p : points) {
            lines.add(String.format(Locale.ROOT, "%.5f\t%.5f\t%.5f\t%.5f\t%d", p.similarity(), p.score(), p.confidence(), p.margin(),
                    p.noMacro() ? 1 : 0));
        }
        java.nio.file.Files.write(file, lines);
    }

    public void print(PrintStream out) {
        if (points.stream().noneMatch(Point::noMacro)) {
            out.println("sweep: no case without a macro, nothing to sweep");
            return;
        }
        sweep(out, "similarity to its macro's centroid", Point::similarity, 0.50, 0.95, 0.01);
        sweep(out, "score", Point::score, 0.0, 3.0, 0.05);
        sweep(out, "confidence", Point::confidence, 0.05, 0.95, 0.05);
        sweep(out, "score margin over the runner-up", Point::margin, 0.0, 1.0, 0.02);
    }

    private void sweep(PrintStream out, String name, ToDoubleFunction<Point> signal, double from, double to, double step) {
        out.println("nothing fits when the best match's " + name + " < t:");
        for (double t = from; t <= to + 1e-9; t += step) {
            int predicted = 0, right = 0, none = 0;
            for (Point p : points) {
                boolean rejected = signal.applyAsDouble(p) < t;
                if (p.noMacro()) none++;
                if (rejected) {
                    predicted++;
                    if (p.noMacro()) right++;
                }
            }
            if (predicted == 0) continue;
            double precision = (double) right / predicted;
            double recall = (double) right / none;
            out.printf(Locale.ROOT, "  t=%.2f precision %.3f recall %.3f%s%n", t, precision, recall,
                    precision >= 0.8 && recall >= 0.8 ? "  <- both >= 0.80" : "");
        }
    }
}
