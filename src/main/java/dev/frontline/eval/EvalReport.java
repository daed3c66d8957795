package dev.frontline.eval;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.PrintStream;
import java.util.Map;
import java.util.TreeMap;

/**
 * The figures {@code eval} reports, and how they are printed. A ratio with nothing to count is null, not 0.
 * {@code perCategory}: per escalation label, {labelled, escalated under any category, wrongly flagged as it,
 * escalated under this very category}. The latency counts the whole triage of a message (its one
 * embedding, the matcher, the escalation detectors); {@code …AfterEmbedding} is the part after the embedding.
 */
public record EvalReport(int cases, Double top1, Double top3, Double nomatchPrecision, Double nomatchRecall,
                         Double escalationPrecision, Double escalationRecall, double p50Ms, double p99Ms,
                         Map<String, int[]> perCategory, MemoryUse memory, double p50AfterEmbeddingMs, double p99AfterEmbeddingMs) {

    public void print(PrintStream out, boolean json) {
        out.println("cases: " + cases);
        out.println("top-1 accuracy: " + pct(top1) + "   top-3 accuracy: " + pct(top3));
        out.println("nothing fits: precision " + pct(nomatchPrecision) + ", recall " + pct(nomatchRecall));
        out.println("escalation: precision " + pct(escalationPrecision) + ", recall " + pct(escalationRecall));
        for (Map.Entry<String, int[]> e : new TreeMap<>(perCategory).entrySet()) {
            int[] n = e.getValue();
            out.printf("  %-18s %5d labelled, %5d escalated (%5d as %s), %5d flagged by mistake%n", e.getKey(), n[0], n[1], n[3],
                    e.getKey(), n[2]);
        }
        out.printf("latency per message (whole triage): p50 %.2f ms, p99 %.2f ms; after the embedding: p50 %.2f ms, p99 %.2f ms%n",
                p50Ms, p99Ms, p50AfterEmbeddingMs, p99AfterEmbeddingMs);
        out.printf("memory: heap in use after GC %.0f MiB, peak resident %s%n", memory.heapMb(),
                memory.peakRssMb() == null ? "n/a (no /proc)" : String.format("%.0f MiB", memory.peakRssMb()));
        if (json) out.println(toJson());
    }

    public String toJson() {
        ObjectNode o = new ObjectMapper().createObjectNode();
        o.put("cases", cases);
        o.put("top1", round(top1));
        o.put("top3", round(top3));
        o.put("nomatch_precision", round(nomatchPrecision));
        o.put("nomatch_recall", round(nomatchRecall));
        o.put("escalation_precision", round(escalationPrecision));
        o.put("escalation_recall", round(escalationRecall));
        ObjectNode categories = o.putObject("categories");
        new TreeMap<>(perCategory).forEach((name, n) -> {
            ObjectNode c = categories.putObject(name);
            c.put("labelled", n[0]);
            c.put("escalated", n[1]);
            c.put("as_category", n[3]);
            c.put("flagged_by_mistake", n[2]);
        });
        o.put("p50_ms", round(p50Ms));
        o.put("p99_ms", round(p99Ms));
        o.put("p50_after_embedding_ms", round(p50AfterEmbeddingMs));
        o.put("p99_after_embedding_ms", round(p99AfterEmbeddingMs));
        o.put("heap_mb", Math.round(memory.heapMb()));
        if (memory.peakRssMb() == null) o.putNull("peak_rss_mb");
        else o.put("peak_rss_mb", Math.round(memory.peakRssMb()));
        return o.toString();
    }

    private static Double round(Double v) {
        return v == null ? null : Math.round(v * 10000) / 10000.0;
    }

    private static String pct(Double v) {
        return v == null ? "n/a (nothing to count)" : String.format("%.2f%%", 100 * v);
    }
}
