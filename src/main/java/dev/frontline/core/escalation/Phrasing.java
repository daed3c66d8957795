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
}
