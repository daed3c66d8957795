package dev.frontline.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.frontline.core.answers.MacroMatcher;

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

/**
 * The benchmark harness: runs every case through the matcher (and the escalation judge) the way
 * the bot handles a customer message, and counts accuracy, "nothing fits", escalation precision and
 * recall, and per-message latency.
 */
public final class Eval {
    private final MacroMatcher matcher;
    private final EscalationJudge judge;

    public Eval(MacroMatcher matcher, EscalationJudge judge) {
        this.matcher = matcher;
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
        int labelled = 0, top1 = 0, top3 = 0;
        int predictedNone = 0, correctNone = 0, labelledNone = 0;
        int flagged = 0, rightFlags = 0, needEscalation = 0;
        Map<String, int[]> perCategory = new HashMap<>();
        double[] latencies = new double[cases.size()];
        for (int i = 0; i < cases.size(); i++) {
            EvalCase c = cases.get(i);
            long start = System.nanoTime();
            List<MacroMatcher.Match> ranked = matcher.rank(c.text(), 3);
            Optional<MacroMatcher.Match> best = ranked.isEmpty() || !matcher.fits(ranked.get(0))
                    ? Optional.empty() : Optional.of(ranked.get(0));
            Optional<String> escalation = judge.categoryFor(c.text(), matcher, ranked);
            latencies[i] = (System.nanoTime() - start) / 1e6;

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
            boolean escalate = escalation.isPresent();
            if (escalate) flagged++;
            if (c.escalate() != null) {
                needEscalation++;
                if (escalate) rightFlags++;
                int[] counts = perCategory.computeIfAbsent(c.escalate(), k -> new int[3]);
                counts[0]++;
                if (escalate) counts[1]++;
            } else if (escalate) {
                perCategory.computeIfAbsent(Objects.requireNonNull(escalation.get()), k -> new int[3])[2]++;
            }
        }
        Arrays.sort(latencies);
        return new EvalReport(cases.size(), ratio(top1, labelled), ratio(top3, labelled), ratio(correctNone, predictedNone),
                ratio(correctNone, labelledNone), ratio(rightFlags, flagged), ratio(rightFlags, needEscalation),
                percentile(latencies, 0.50), percentile(latencies, 0.99), perCategory, MemoryUse.now());
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
