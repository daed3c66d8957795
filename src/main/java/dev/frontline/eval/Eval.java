package dev.frontline.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.frontline.core.answers.MacroMatcher;
import dev.frontline.core.port.Embedder;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The benchmark harness: runs every case through the matcher (and the escalation judge) the way
 * the bot handles a customer message, and counts accuracy, "nothing fits", escalation precision and
 * recall (overall and per category), and per-message latency of the whole triage.
 */
public final class Eval {
    private final MacroMatcher matcher;
    private final Embedder messageEmbedder;
    private final EscalationJudge judge;

    /** @param messageEmbedder embeds each case's text once, as the bot does a customer message (no text cache) */
    public Eval(MacroMatcher matcher, Embedder messageEmbedder, EscalationJudge judge) {
        this.matcher = matcher;
        this.messageEmbedder = messageEmbedder;
        this.judge = judge;
    }

    public static List<EvalCase> readCases(Path file) throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<EvalCase> cases = new ArrayList<>();
        int line = 0;
        for (String raw : Files.readAllLines(file)) {
            line++;
            if (raw.isBlank()) continue;
            JsonNode n;
            try {
                n = json.readTree(raw);
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                throw new IOException(file + ":" + line + ": not JSON: " + e.getOriginalMessage(), e);
            }
            if (!n.hasNonNull("text")) throw new IOException(file + ":" + line + ": a case needs \"text\"");
            cases.add(new EvalCase(n.get("text").asText(), text(n, "macro"), text(n, "escalate")));
        }
        return cases;
    }

    private static String text(JsonNode n, String key) {
        return n.hasNonNull(key) ? n.get(key).asText() : null;
    }

    public EvalReport run(List<EvalCase> cases) {
        return run(cases, miss -> { });
    }

    /**
     * Runs every case as the bot triages a customer message: one embedding, the matcher and the
     * escalation judge on it; the latency counts all three. Every wrong case goes to {@code misses}.
     */
    public EvalReport run(List<EvalCase> cases, Consumer<Miss> misses) {
        return run(cases, misses, new NothingFitsSweep());
    }

    /** As {@link #run(List, Consumer)}, also recording each case's best match in {@code sweep}. */
    public EvalReport run(List<EvalCase> cases, Consumer<Miss> misses, NothingFitsSweep sweep) {
        int labelled = 0, top1 = 0, top3 = 0;
        int predictedNone = 0, correctNone = 0, labelledNone = 0;
        int flagged = 0, rightFlags = 0, needEscalation = 0;
        Map<String, int[]> perCategory = new HashMap<>();
        double[] latencies = new double[cases.size()];
        double[] afterEmbedding = new double[cases.size()];
        // Escalation-only sets carry "macro": null as a placeholder: a fitting macro is no mistake there.
        boolean macrosLabelled = cases.stream().anyMatch(c -> c.macro() != null);
        for (int i = 0; i < cases.size(); i++) {
            EvalCase c = cases.get(i);
            long start = System.nanoTime();
            float[] vector = messageEmbedder.embed(c.text());
            long embedded = System.nanoTime();
            List<MacroMatcher.Match> ranked = matcher.rank(c.text(), vector, 3);
            Optional<MacroMatcher.Match> best = ranked.isEmpty() || !matcher.fits(ranked.get(0))
                    ? Optional.empty() : Optional.of(ranked.get(0));
            Optional<EscalationJudge.Verdict> escalation = judge.judge(c.text(), vector, matcher, ranked);
            long done = System.nanoTime();
            latencies[i] = (done - start) / 1e6;
            afterEmbedding[i] = (done - embedded) / 1e6;

            if (c.macro() != null) {
                labelled++;
                if (!ranked.isEmpty() && ranked.get(0).macro().id().equals(c.macro())) top1++;
                if (ranked.stream().anyMatch(m -> m.macro().id().equals(c.macro()))) top3++;
            } else {
                labelledNone++;
            }
            if (best.isEmpty()) {
                predictedNone++;
                if (c.macro() == null) correctNone++;
            }
            if (!ranked.isEmpty()) {
                MacroMatcher.Match top = ranked.get(0);
                double margin = ranked.size() > 1 ? top.score() - ranked.get(1).score() : 1;
                sweep.add(new NothingFitsSweep.Point(top.fit(), top.score(), top.confidence(), margin, c.macro() == null));
            }
            String gotMacro = best.map(m -> m.macro().id()).orElse(null);
            if (macrosLabelled && !ranked.isEmpty() && !Objects.equals(gotMacro, c.macro())) {
                MacroMatcher.Match m = ranked.get(0);
                misses.accept(new Miss("macro", c.text(), c.macro(), gotMacro, String.format(java.util.Locale.ROOT,
                        "best %s, similarity %.2f to \"%s\"", m.macro().id(), m.similarity(), m.nearestExample())));
            }
            boolean escalate = escalation.isPresent();
            String got = escalation.map(EscalationJudge.Verdict::category).orElse(null);
            String evidence = escalation.map(EscalationJudge.Verdict::evidence).orElse(null);
            if (escalate) flagged++;
            if (c.escalate() != null) {
                needEscalation++;
                if (escalate) rightFlags++;
                int[] counts = perCategory.computeIfAbsent(c.escalate(), k -> new int[4]);
                counts[0]++;
                if (escalate) counts[1]++;
                if (c.escalate().equals(got)) counts[3]++;
            } else if (escalate) {
                perCategory.computeIfAbsent(Objects.requireNonNull(got), k -> new int[4])[2]++;
            }
            if (escalate != (c.escalate() != null)) misses.accept(new Miss("escalation", c.text(), c.escalate(), got, evidence));
            else if (escalate && !c.escalate().equals(got)) misses.accept(new Miss("category", c.text(), c.escalate(), got, evidence));
        }
        Arrays.sort(latencies);
        Arrays.sort(afterEmbedding);
        return new EvalReport(cases.size(), ratio(top1, labelled), ratio(top3, labelled), ratio(correctNone, predictedNone),
                ratio(correctNone, labelledNone), ratio(rightFlags, flagged), ratio(rightFlags, needEscalation),
                percentile(latencies, 0.50), percentile(latencies, 0.99), perCategory, MemoryUse.now(),
                percentile(afterEmbedding, 0.50), percentile(afterEmbedding, 0.99));
    }

    private static Double ratio(int part, int whole) {
        return whole == 0 ? null : (double) part / whole;
    }

    static double percentile(double[] sorted, double p) {
        if (sorted.length == 0) return 0;
        int index = (int) Math.ceil(p * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }
}
