package dev.frontline.core.trial;

import dev.frontline.core.TicketObserver;
import dev.frontline.core.model.Action;
import dev.frontline.core.model.EventType;
import dev.frontline.core.model.Ticket;
import dev.frontline.core.model.TicketEvent;
import dev.frontline.core.model.TicketStatus;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Watches the sample tickets: the simulated customer answers the candidate (a clarification to a
 * question, a thank-you to a solution, an OK once told it was passed on), and the trial moves on when
 * the candidate resolves or escalates a ticket.
 */
public final class TrialProgress implements TicketObserver {
    private final TrialRunner runner;

    public TrialProgress(TrialRunner runner) {
        this.runner = runner;
    }

    @Override
    public List<Action> onTicketChanged(Ticket before, Ticket after, List<TicketEvent> events) {
        Optional<TrialTicket> tt = runner.trials().byTicket(after.id());
        if (tt.isEmpty() || tt.get().doneAt() != null) return List.of();
        Optional<Trial> trial = runner.trials().find(tt.get().trialId()).filter(t -> t.status() == Trial.Status.RUNNING);
        if (trial.isEmpty()) return List.of();
        List<Action> actions = new ArrayList<>();
        for (TicketEvent e : events) {
            if (e.type() == EventType.AGENT_REPLY && trial.get().candidateId().equals(e.actorId())) {
                answer(trial.get(), tt.get(), after, e).ifPresent(text ->
                        actions.addAll(runner.customerSays(trial.get(), tt.get(), after, text, e.at())));
            }
        }
        boolean finished = after.status() == TicketStatus.RESOLVED || after.status() == TicketStatus.ESCALATED;
        if (finished && (before == null || before.status() != after.status())) {
            actions.addAll(runner.done(trial.get(), tt.get(), after.updatedAt()));
        }
        return actions;
    }

    /**
     * What the simulated customer says to this reply, if anything; each line is said once. It reacts
     * to the content: a question gets the clarification, a dismissive reply a complaint, a macro for
     * another question a correction, an answer that skipped the question this ticket needs the
     * question again, and a fitting solution the thank-you.
     */
    private Optional<String> answer(Trial trial, TrialTicket tt, Ticket ticket, TicketEvent reply) {
        SampleTicket sample = runner.setup().sample(tt.sampleId());
        List<TicketEvent> history = runner.history(ticket.id());
        boolean escalated = ticket.status() == TicketStatus.ESCALATED
                || history.stream().anyMatch(e -> e.type() == EventType.ESCALATED);
        String text = reply.text() == null ? "" : reply.text();
        String line;
        if (ReplyReading.isDismissive(text)) line = ReplyReading.complaint(sample);
        else if (escalated) line = sample.afterEscalation();
        // A question once answered is not asked again: a macro with a "?" after it reads as the solution.
        else if (ReplyReading.isQuestion(reply) && sample.clarification() != null && !alreadySaid(history, sample.clarification())) {
            line = sample.clarification();
        }
        else if (reply.detail() != null && !sample.expectedMacros().isEmpty() && !sample.expectedMacros().contains(reply.detail())) {
            line = ReplyReading.wrongAnswer(sample);
        } else if (sample.clarifying() && !askedBefore(history, trial.candidateId(), reply)) line = ReplyReading.askAgain(sample);
        else line = sample.afterSolution();
        if (line == null || line.isBlank() || alreadySaid(history, line)) return Optional.empty();
        return Optional.of(line);
    }

    /** Only called for a reply that is no question itself, so any question of the candidate's in the history came before it. */
    private static boolean askedBefore(List<TicketEvent> history, String candidateId, TicketEvent reply) {
        return history.stream().anyMatch(e -> e.type() == EventType.AGENT_REPLY && candidateId.equals(e.actorId())
                && ReplyReading.isQuestion(e));
    }

    private static boolean alreadySaid(List<TicketEvent> history, String line) {
        return history.stream().anyMatch(e -> e.type() == EventType.CUSTOMER_MESSAGE && line.equals(e.text()));
    }
}
