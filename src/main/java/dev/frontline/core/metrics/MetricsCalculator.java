package dev.frontline.core.metrics;

import dev.frontline.core.model.EventType;
import dev.frontline.core.model.Ticket;
import dev.frontline.core.model.TicketEvent;
import dev.frontline.core.port.TicketStore;
import dev.frontline.core.shift.Coverage;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Computes {@link Metrics} from the ticket history: first response within coverage, time to
 * resolution or escalation, CSAT, clean closes. Times are covered time, like the SLA.
 */
public final class MetricsCalculator {
    private final TicketStore tickets;
    private final CsatStore csat;
    private final Coverage coverage;

    public MetricsCalculator(TicketStore tickets, CsatStore csat, Coverage coverage) {
        this.tickets = tickets;
        this.csat = csat;
        this.coverage = coverage;
    }

    /** Metrics for [from, to), optionally only for tickets an agent handled. */
    public Metrics between(Instant from, Instant to, String agentId) {
        List<Duration> frt = new ArrayList<>();
        List<Duration> resolution = new ArrayList<>();
        int opened = 0;
        int closed = 0;
        int clean = 0;
        Predicate<Ticket> mine = t -> agentId == null || agentId.equals(t.assignee());
        for (Ticket t : tickets.query(TicketStore.Query.all().openedBetween(from, to))) {
            if (!mine.test(t)) continue;
            opened++;
            if (t.firstResponseAt() != null) frt.add(coverage.coveredTime(t.openedAt(), t.firstResponseAt()));
        }
        // Each ticket's last resolution or escalation in the window; a ticket reopened after it is not closed.
        java.util.Map<Long, TicketEvent> lastEnd = new java.util.LinkedHashMap<>();
        for (TicketEvent e : tickets.events(from, to, Set.of(EventType.RESOLVED, EventType.ESCALATED))) lastEnd.put(e.ticketId(), e);
        for (TicketEvent e : lastEnd.values()) {
            Ticket t = tickets.find(e.ticketId()).orElse(null);
            if (t == null || !mine.test(t)) continue;
            List<TicketEvent> history = tickets.history(t.id());
            if (e.type() == EventType.RESOLVED && reopenedAfter(history, e, to)) continue;
            resolution.add(coverage.coveredTime(t.openedAt(), e.at()));
            if (e.type() == EventType.RESOLVED) {
                closed++;
                if (isClean(history)) clean++;
            }
        }
        int helpful = 0;
        int answered = 0;
        for (CsatStore.Answer a : csat.answeredBetween(from, to)) {
            if (agentId != null && tickets.find(a.ticketId()).map(t -> !agentId.equals(t.assignee())).orElse(true)) continue;
            answered++;
            if (a.helpful()) helpful++;
        }
        return new Metrics(opened, closed, median(frt), median(resolution), helpful, answered, clean);
    }

    /** No reopen, and at most two customer messages after our first reply: no back-and-forth confusion. */
    static boolean isClean(List<TicketEvent> history) {
        boolean replied = false;
        int followUps = 0;
        for (TicketEvent e : history) {
            if (e.type() == EventType.REOPENED) return false;
            if (e.type() == EventType.AGENT_REPLY) replied = true;
            else if (e.type() == EventType.CUSTOMER_MESSAGE && replied) followUps++;
        }
        return followUps <= 2;
    }

    static boolean reopenedAfter(List<TicketEvent> history, TicketEvent resolved, Instant until) {
        return history.stream().anyMatch(h -> h.type() == EventType.REOPENED && h.at().isBefore(until)
                && (h.at().isAfter(resolved.at()) || (h.at().equals(resolved.at()) && h.id() > resolved.id())));
    }

    /** The middle value; with an even count, the mean of the two middle values (13 and 20 min: 16.5 min). */
    static Duration median(List<Duration> values) {
        if (values.isEmpty()) return null;
        List<Duration> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int n = sorted.size();
        if (n % 2 == 1) return sorted.get(n / 2);
        return sorted.get(n / 2 - 1).plus(sorted.get(n / 2)).dividedBy(2);
    }
}
