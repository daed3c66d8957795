package dev.frontline.core.answers;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * TF-IDF over words and word pairs: a lexical view of the bank that catches exact product terms
 * (plan names, "2FA") the sentence model blurs. Scores a text against each macro as the best
 * example match plus the match with all its examples together.
 */
final class WordOverlap {
    private final Map<String, Double> idf = new HashMap<>();
    private final List<List<Map<String, Double>>> examples = new ArrayList<>();
    private final List<Map<String, Double>> macros = new ArrayList<>();

    WordOverlap(List<List<String>> examplesPerMacro) {
        Map<String, Integer> df = new HashMap<>();
        List<List<Map<String, Integer>>> raw = new ArrayList<>();
        int n = 0;
        for (List<String> texts : examplesPerMacro) {
            List<Map<String, Integer>> counted = new ArrayList<>();
            for (String t : texts) {
                Map<String, Integer> c = terms(t);
                counted.add(c);
                n++;
                for (String k : c.keySet()) df.merge(k, 1, Integer::sum);
            }
            raw.add(counted);
        }
        for (Map.Entry<String, Integer> e : df.entrySet()) idf.put(e.getKey(), Math.log((n + 1.0) / (e.getValue() + 0.5)));
        for (List<Map<String, Integer>> counted : raw) {
            List<Map<String, Double>> vs = new ArrayList<>();
            Map<String, Integer> all = new HashMap<>();
            for (Map<String, Integer> c : counted) {
                vs.add(vector(c));
                c.forEach((k, v) -> all.merge(k, v, Integer::sum));
            }
            examples.add(vs);
            macros.add(vector(all));
        }
    }

    double[] scores(String text) {
        Map<String, Double> q = vector(terms(text));
        double[] s = new double[macros.size()];
        for (int m = 0; m < macros.size(); m++) {
            double best = 0;
            for (Map<String, Double> e : examples.get(m)) best = Math.max(best, dot(q, e));
            s[m] = best + dot(q, macros.get(m));
        }
        return s;
    }

    private Map<String, Double> vector(Map<String, Integer> counts) {
        Map<String, Double> v = new HashMap<>();
        double norm = 0;
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            double w = (1 + Math.log(e.getValue())) * idf.getOrDefault(e.getKey(), 0.0);
            if (w <= 0) continue;
            v.put(e.getKey(), w);
            norm += w * w;
        }
        double inv = norm == 0 ? 0 : 1 / Math.sqrt(norm);
        v.replaceAll((k, w) -> w * inv);
        return v;
    }

    static Map<String, Integer> terms(String text) {
        Map<String, Integer> c = new HashMap<>();
        String prev = null;
        for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (w.isEmpty()) continue;
            String stem = stem(w);
            c.merge(stem, 1, Integer::sum);
            if (prev != null) c.merge(prev + "_" + stem, 1, Integer::sum);
            prev = stem;
        }
        return c;
    }

    private static String stem(String w) {
        if (w.length() > 5 && w.endsWith("ing")) return w.substring(0, w.length() - 3);
        if (w.length() > 4 && w.endsWith("ed")) return w.substring(0, w.length() - 2);
        if (w.length() > 3 && w.endsWith("s") && !w.endsWith("ss")) return w.substring(0, w.length() - 1);
        return w;
    }

    private static double dot(Map<String, Double> a, Map<String, Double> b) {
        double s = 0;
        for (Map.Entry<String, Double> e : a.entrySet()) {
            Double x = b.get(e.getKey());
            if (x != null) s += e.getValue() * x;
        }
        return s;
    }
}
