package dev.frontline.core.escalation;

/** A reason a ticket must be escalated: the category and the evidence (what matched). */
public record Flag(String category, String evidence) {
    public String describe() {
        return category + " (" + evidence + ")";
    }
}
