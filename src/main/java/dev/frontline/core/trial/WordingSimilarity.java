package dev.frontline.core.trial;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * How closely a reply follows an approved macro's wording: cosine similarity of word counts, with
 * template placeholders and very common words left out. Deliberately lexical — "matched tone" here
 * means using the approved phrasing, not saying something with the same meaning in other words.
 */
public final class WordingSimilarity {
    private static final Set<String> STOP = Set.of("the", "a", "an", "and", "or", "to", "of", "in", "on", "for", "is",
            "it", "you", "your", "i", "we", "our", "be", "this", "that", "with", "at", "as", "are", "can", "if", "me", "my");

    private WordingSimilarity() {}

    /** 0 (nothing in common) to 1 (the same words in the same proportions). */
    public static double of(String reply, String template) {
        Map<String, Integer> a = counts(reply);
        Map<String, Integer> b = counts(template.replaceAll("\\{\\{[^}]*}}", " "));
        if (a.isEmpty() || b.isEmpty()) return 0;
        double dot = 0;
        for (Map.Entry<String, Integer> e : a.entrySet()) dot += e.getValue() * b.getOrDefault(e.getKey(), 0);
        return dot / (norm(a) * norm(b));
    }

    private static Map<String, Integer> counts(String text) {
        Map<String, Integer> counts = new HashMap<>();
        for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}']+")) {
            if (w.length() < 2 || STOP.contains(w)) continue;
            counts.merge(w, 1, Integer::sum);
        }
        return counts;
    }

    private static double norm(Map<String, Integer> v) {
        double sum = 0;
        for (int c : v.values()) sum += (double) c * c;
        return Math.sqrt(sum);
    }
}
