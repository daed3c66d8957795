package dev.frontline.core.trial;

import java.time.Duration;
import java.util.Map;

/**
 * How a trial is scored.
 *
 * @param weights        points per item: tone, escalation, clarifying, closed_loop, time
 * @param toneSimilarity how close (0-1) a free-text reply must be to an approved macro to count as following it
 */
public record Rubric(Duration timeTarget, int passMark, Map<String, Integer> weights, double toneSimilarity) {
    public static final String TONE = "tone";
    public static final String ESCALATION = "escalation";
    public static final String CLARIFYING = "clarifying";
    public static final String CLOSED_LOOP = "closed_loop";
    public static final String TIME = "time";

    public Rubric {
        weights = Map.copyOf(weights);
    }

    public int weight(String item) {
        return weights.getOrDefault(item, 0);
    }
}
