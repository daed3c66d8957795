package dev.frontline.core.escalation;

/**
 * One labelled phrasing the escalation model learns from: a phrasebook line, an example of
 * escalation.yaml, or a line the team accepted.
 *
 * @param category an escalation category, or {@link #NONE} for ordinary Tier 1 messages
 * @param source   where it was written ({@code bot-config/escalation/angry.txt:12}, {@code accepted #7})
 */
public record Phrasing(String category, String text, String source) {
    public static final String NONE = "none";

    /** One order for one set of lines (category, then text): training and its cache key do not depend on how they were gathered. */
    public static final java.util.Comparator<Phrasing> CANONICAL = java.util.Comparator.comparing(Phrasing::category)
            .thenComparing(Phrasing::text);
}
