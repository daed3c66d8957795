package dev.frontline.core.trial;

import dev.frontline.core.model.EventType;
import dev.frontline.core.model.TicketEvent;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Scores a finished (or stopped) trial from the sample tickets' histories. Every item carries the
 * reason for its score, so the owner can see why, not just how much.
 */
public final class TrialScorer {
    private final Rubric rubric;
    private final ApprovedWording wording;

    public TrialScorer(Rubric rubric, ApprovedWording wording) {
        this.rubric = rubric;
        this.wording = wording;
    }

    /** One sample ticket as handled: the sample, its trial record and the ticket's history. */
    public record Handled(SampleTicket sample, TrialTicket ticket, List<TicketEvent> history) {}

    public Scorecard score(String candidateId, String candidateName, List<Handled> handled) {
        List<Scorecard.TicketScore> scores = new ArrayList<>();
        Duration total = Duration.ZERO;
        for (Handled h : handled) {
            Scorecard.TicketScore s = scoreTicket(candidateId, h);
            scores.add(s);
            if (s.time() != null) total = total.plus(s.time());
        }
        int overall = scores.isEmpty() ? 0
                : (int) Math.round(scores.stream().mapToInt(Scorecard.TicketScore::points).average().orElse(0));
        List<String> failures = new ArrayList<>();
        for (int i = 0; i < handled.size(); i++) {
            SampleTicket sample = handled.get(i).sample();
            boolean escalated = first(handled.get(i).history(), EventType.ESCALATED).isPresent();
            if (sample.escalate() != null && !escalated) {
                failures.add("ticket " + (i + 1) + " \"" + sample.message() + "\" must be escalated (" + sample.escalate() + ") but was not");
            }
        }
        return new Scorecard(candidateName, scores, overall, rubric.passMark(), total, failures);
    }

    Scorecard.TicketScore scoreTicket(String candidateId, Handled h) {
        List<TicketEvent> replies = h.history().stream()
                .filter(e -> e.type() == EventType.AGENT_REPLY && candidateId.equals(e.actorId())).toList();
        Optional<TicketEvent> escalated = first(h.history(), EventType.ESCALATED);
        Optional<TicketEvent> resolved = first(h.history(), EventType.RESOLVED);
        Instant done = h.ticket().doneAt();

        List<Scorecard.Item> items = List.of(
                tone(h.sample(), replies),
                escalation(h.sample(), escalated),
                clarifying(h.sample(), replies, done),
                closedLoop(h, replies, escalated, resolved),
                time(h.ticket()));
        double weighted = 0;
        double weights = 0;
        for (Scorecard.Item item : items) {
            if (item.score() == null) continue;
            int w = rubric.weight(item.name());
            weighted += w * item.score();
            weights += w;
        }
        int points = weights == 0 ? 0 : (int) Math.round(100 * weighted / weights);
        Duration time = done == null ? null : Duration.between(h.ticket().openedAt(), done);
        return new Scorecard.TicketScore(h.sample().id(), "\"" + h.sample().message() + "\"", items, points, time);
    }

    private Scorecard.Item tone(SampleTicket sample, List<TicketEvent> replies) {
        if (sample.expectedMacros().isEmpty()) {
            return new Scorecard.Item(Rubric.TONE, null, "no approved macro answers this ticket");
        }
        if (replies.isEmpty()) return new Scorecard.Item(Rubric.TONE, 0.0, "never replied to the customer");
        for (TicketEvent r : replies) {
            if (ReplyReading.isDismissive(r.text())) {
                return new Scorecard.Item(Rubric.TONE, 0.0, "brushed the customer off: \"" + shorten(r.text()) + "\"");
            }
        }
        for (TicketEvent r : replies) {
            if (r.detail() != null && sample.expectedMacros().contains(r.detail())) {
                return new Scorecard.Item(Rubric.TONE, 1.0, "sent the approved macro '" + r.detail() + "'");
            }
        }
        for (TicketEvent r : replies) {
            if (r.detail() != null) {
                return new Scorecard.Item(Rubric.TONE, 0.6, "sent macro '" + r.detail() + "', but '"
                        + sample.expectedMacros().get(0) + "' is the approved answer here");
            }
        }
        double best = 0;
        String bestMacro = sample.expectedMacros().get(0);
        for (String macro : sample.expectedMacros()) {
            Optional<String> template = wording.templateOf(macro);
            if (template.isEmpty()) continue;
            for (TicketEvent r : replies) {
                double sim = WordingSimilarity.of(r.text() == null ? "" : r.text(), template.get());
                if (sim > best) {
                    best = sim;
                    bestMacro = macro;
                }
            }
        }
        String similarity = String.format("%.2f", best);
        String needed = String.format("%.2f", rubric.toneSimilarity());
        if (best >= rubric.toneSimilarity()) {
            return new Scorecard.Item(Rubric.TONE, 0.8, "wrote their own reply that closely follows the approved macro '"
                    + bestMacro + "' (wording similarity " + similarity + ", needs " + needed + ")");
        }
        return new Scorecard.Item(Rubric.TONE, 0.0, "free-text replies only; closest to the approved macro '" + bestMacro
                + "' at wording similarity " + similarity + " (needs " + needed + ")");
    }

    private static Scorecard.Item escalation(SampleTicket sample, Optional<TicketEvent> escalated) {
        String required = sample.escalate();
        if (required == null) {
            return escalated.isPresent()
                    ? new Scorecard.Item(Rubric.ESCALATION, 0.0, "escalated a ticket that Tier 1 should handle")
                    : new Scorecard.Item(Rubric.ESCALATION, 1.0, "handled at Tier 1; correctly not escalated");
        }
        if (escalated.isEmpty()) {
            return new Scorecard.Item(Rubric.ESCALATION, 0.0, "must be escalated (" + required + ") but was not");
        }
        String category = escalated.get().detail();
        if (category != null && !category.isBlank() && !category.equalsIgnoreCase(required)) {
            return new Scorecard.Item(Rubric.ESCALATION, 0.7, "escalated, with a complete card, but as '" + category
                    + "' where the rules say '" + required + "'");
        }
        return new Scorecard.Item(Rubric.ESCALATION, 1.0, "escalated as required (" + required + ") with a complete card");
    }

    private static Scorecard.Item clarifying(SampleTicket sample, List<TicketEvent> replies, Instant done) {
        if (!sample.clarifying()) {
            return new Scorecard.Item(Rubric.CLARIFYING, null, "the ticket is clear as written; no question needed");
        }
        for (TicketEvent r : replies) {
            if (done != null && r.at().isAfter(done)) break;
            if (r.text() != null && r.text().contains("?")) {
                return new Scorecard.Item(Rubric.CLARIFYING, 1.0, "asked: \"" + shorten(r.text()) + "\"");
            }
        }
        return new Scorecard.Item(Rubric.CLARIFYING, 0.0, "answered without asking the question this ticket needs");
    }

    private static Scorecard.Item closedLoop(Handled h, List<TicketEvent> replies, Optional<TicketEvent> escalated,
                                             Optional<TicketEvent> resolved) {
        if (h.sample().escalate() != null && escalated.isPresent()) {
            // Before or after the card: what matters is that the customer heard what happens next.
            return replies.isEmpty()
                    ? new Scorecard.Item(Rubric.CLOSED_LOOP, 0.5, "escalated but never told the customer what happens next")
                    : new Scorecard.Item(Rubric.CLOSED_LOOP, 1.0, "escalated and told the customer it was passed on");
        }
        if (resolved.isEmpty()) {
            return new Scorecard.Item(Rubric.CLOSED_LOOP, 0.0, escalated.isPresent()
                    ? "escalated instead of resolving" : "left the ticket open");
        }
        // History order (event ids), not timestamps: the simulated customer answers in the same instant.
        long firstReply = replies.isEmpty() ? Long.MAX_VALUE : replies.get(0).id();
        String thanks = h.sample().afterSolution();
        boolean confirmed = h.history().stream().anyMatch(e -> e.type() == EventType.CUSTOMER_MESSAGE
                && e.id() > firstReply && e.id() < resolved.get().id() && (thanks == null || thanks.equals(e.text())));
        return confirmed ? new Scorecard.Item(Rubric.CLOSED_LOOP, 1.0, "resolved after the customer confirmed it worked")
                : new Scorecard.Item(Rubric.CLOSED_LOOP, 0.5, "resolved without hearing back from the customer");
    }

    private Scorecard.Item time(TrialTicket t) {
        if (t.doneAt() == null) return new Scorecard.Item(Rubric.TIME, 0.0, "not finished");
        Duration took = Duration.between(t.openedAt(), t.doneAt());
        Duration target = rubric.timeTarget();
        double score;
        if (took.compareTo(target) <= 0) score = 1.0;
        else score = Math.max(0, 1 - (double) (took.toMillis() - target.toMillis()) / (2.0 * target.toMillis()));
        return new Scorecard.Item(Rubric.TIME, score, "took " + Scorecard.minutes(took) + " (target " + Scorecard.minutes(target) + ")");
    }

    private static Optional<TicketEvent> first(List<TicketEvent> history, EventType type) {
        return history.stream().filter(e -> e.type() == type).findFirst();
    }

    private static String shorten(String s) {
        String one = s.replaceAll("\\s+", " ").trim();
        return one.length() <= 120 ? one : one.substring(0, 119) + "…";
    }
}
