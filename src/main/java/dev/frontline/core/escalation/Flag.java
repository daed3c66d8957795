package dev.frontline.core.escalation;

/**
 * A reason a ticket must be escalated: the category, the evidence (what matched, or what the
 * message reads like) and, for the trained model's flags, its confidence (null for rules, which are
 * certain by construction).
 */
public record Flag(String category, String evidence, Double confidence) {
    public Flag(String category, String evidence) {
        this(category, evidence, null);
    }

    public String describe() {
        return category + " (" + evidence + ")";
    }
}
