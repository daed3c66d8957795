package dev.frontline.core.trial;

import java.time.Duration;
import java.util.List;

/** A trial's result: per sample ticket and rubric item a score with its reason, and the overall mark. */
public record Scorecard(String candidateName, List<TicketScore> tickets, int overall, int passMark, Duration totalTime,
                        List<String> failures) {
    public Scorecard {
        failures = failures == null ? List.of() : List.copyOf(failures);
    }

    public Scorecard(String candidateName, List<TicketScore> tickets, int overall, int passMark, Duration totalTime) {
        this(candidateName, tickets, overall, passMark, totalTime, List.of());
    }


    /** One rubric item on one ticket. {@code score} is 0..1, or null when the item does not apply to the ticket. */
    public record Item(String name, Double score, String reason) {}

    public record TicketScore(String sampleId, String subject, List<Item> items, int points, Duration time) {}

    /** The pass mark reached and no ticket failed outright (a required escalation missed). */
    public boolean passed() {
        return overall >= passMark && failures.isEmpty();
    }

    /** The verdict in a few words, for the card title and the scorecard's first line. */
    public String verdict() {
        if (passed()) return "PASS";
        if (!failures.isEmpty()) return "FAIL: " + failures.size() + " required escalation(s) missed";
        return "below the pass mark";
    }

    /** Plain text for the owner: overall first, then each ticket with every item explained. */
    public String render() {
        StringBuilder b = new StringBuilder();
        b.append("Trial scorecard for ").append(candidateName).append(": ").append(overall).append("/100 — ")
                .append(verdict()).append(" (pass mark ").append(passMark).append(")")
                .append(", total time ").append(minutes(totalTime)).append('\n');
        if (!failures.isEmpty()) {
            b.append("Why it fails whatever the points: a ticket the rules require to be escalated was not, and a missed escalation "
                    + "(a chargeback, a data request, a payment bug) hurts a customer more than any reply helps:\n");
            for (String f : failures) b.append("✘ ").append(f).append('\n');
        }
        b.append("How it is scored: tone = sent an approved macro, or a reply whose wording is close to one (a dismissive reply scores 0); ")
                .append("escalation = escalated exactly the tickets the rules require (missing one fails the trial); clarifying = asked a question where the ticket needs one; ")
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
