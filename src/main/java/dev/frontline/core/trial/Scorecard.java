package dev.frontline.core.trial;

import java.time.Duration;
import java.util.List;

/** A trial's result: per sample ticket and rubric item a score with its reason, and the overall mark. */
public record Scorecard(String candidateName, List<TicketScore> tickets, int overall, int passMark, Duration totalTime) {

    /** One rubric item on one ticket. {@code score} is 0..1, or null when the item does not apply to the ticket. */
    public record Item(String name, Double score, String reason) {}

    public record TicketScore(String sampleId, String subject, List<Item> items, int points, Duration time) {}

    public boolean passed() {
        return overall >= passMark;
    }

    /** Plain text for the owner: overall first, then each ticket with every item explained. */
    public String render() {
        StringBuilder b = new StringBuilder();
        b.append("Trial scorecard for ").append(candidateName).append(": ").append(overall).append("/100 — ")
                .append(passed() ? "PASS" : "below the pass mark").append(" (pass mark ").append(passMark).append(")")
                .append(", total time ").append(minutes(totalTime)).append('\n');
        b.append("How it is scored: tone = sent an approved macro, or a reply whose wording is close to one; escalation = ")
                .append("escalated exactly the tickets the rules require; clarifying = asked a question where the ticket needs one; ")
                .append("closed loop = resolved after the customer confirmed, or escalated and told the customer; ")
                .append("time = within the target time per ticket.\n");
        for (int i = 0; i < tickets.size(); i++) {
            TicketScore t = tickets.get(i);
            b.append('\n').append(i + 1).append(". ").append(t.subject()).append(" — ").append(t.points()).append("/100, ")
                    .append(minutes(t.time()));
            for (Item item : t.items()) {
                b.append("\n   ").append(item.score() == null ? "n/a " : item.score() >= 0.999 ? "✔ " : item.score() <= 0.001 ? "✘ " : "~ ")
                        .append(item.name()).append(": ").append(item.reason());
            }
        }
        return b.toString();
    }

    static String minutes(Duration d) {
        if (d == null) return "not finished";
        long s = d.toSeconds();
        return s < 60 ? s + " s" : (s / 60) + " min " + (s % 60) + " s";
    }
}
