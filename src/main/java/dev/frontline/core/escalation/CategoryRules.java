package dev.frontline.core.escalation;

import java.util.List;
import java.util.regex.Pattern;

/**
 * One escalation category's detector settings.
 *
 * @param keywords  whole words or phrases, matched case-insensitively
 * @param patterns  regular expressions
 * @param examples  phrasings compared by meaning (used alone only when {@code threshold} is null)
 * @param threshold the trained model's score at which the category flags (before the "when in doubt" knob);
 *                  null: the model does not flag this category
 * @param route     owner, tier2, tier3 or specialized
 * @param nextSteps the two options pre-filled on the card
 * @param ownerCard for a tier-routed card: true puts a second card with the buttons in the owner channel,
 *                  false (default) a live mirror; either way the owner sees every escalation
 */
public record CategoryRules(String name, boolean enabled, List<String> keywords, List<Pattern> patterns, List<String> examples,
                            double similarity, Double threshold, String route, List<String> nextSteps, boolean ownerCard) {
    public CategoryRules(String name, boolean enabled, List<String> keywords, List<Pattern> patterns, List<String> examples,
                         double similarity, String route, List<String> nextSteps) {
        this(name, enabled, keywords, patterns, examples, similarity, null, route, nextSteps);
    }

    public CategoryRules(String name, boolean enabled, List<String> keywords, List<Pattern> patterns, List<String> examples,
                         double similarity, Double threshold, String route, List<String> nextSteps) {
        this(name, enabled, keywords, patterns, examples, similarity, threshold, route, nextSteps, false);
    }

    public CategoryRules {
        keywords = keywords == null ? List.of() : List.copyOf(keywords);
        patterns = patterns == null ? List.of() : List.copyOf(patterns);
        examples = examples == null ? List.of() : List.copyOf(examples);
        nextSteps = nextSteps == null || nextSteps.size() != 2
                ? List.of("Take over the ticket", "Tell the agent how to proceed") : List.copyOf(nextSteps);
        if (route == null) route = "owner";
    }
}
