package dev.frontline.core.shift;

import dev.frontline.core.model.EventType;
import dev.frontline.core.model.Ticket;
import dev.frontline.core.model.TicketEvent;
import dev.frontline.core.model.TicketStatus;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The first-response SLA clock: counts only covered time, and pauses while the ticket waits on
 * the customer. Stops at the first public reply.
 */
public final class SlaClock {
    private final Coverage coverage;
    private final Duration firstResponse;
    private final double atRisk;

    public SlaClock(Coverage coverage, Duration firstResponse, double atRisk) {
        this.coverage = coverage;
        this.firstResponse = firstResponse;
        this.atRisk = atRisk;
    }

    public Duration target() {
        return firstResponse;
    }

    public double atRiskShare() {
        return atRisk;
    }

    /** Covered, un-paused time the ticket has waited for its first response, up to {@code now}. */
    public Duration used(Ticket ticket, List<TicketEvent> history, Instant now) {
        Instant end = ticket.firstResponseAt() != null && ticket.firstResponseAt().isBefore(now) ? ticket.firstResponseAt() : now;
        Duration used = Duration.ZERO;
        Instant runningSince = ticket.openedAt();
        for (TicketEvent e : history) {
            if (!e.at().isBefore(end)) break;
            boolean pause = e.type() == EventType.STATUS_CHANGED && TicketStatus.WAITING_ON_CUSTOMER.label().equals(e.detail());
            boolean resume = (e.type() == EventType.STATUS_CHANGED && !TicketStatus.WAITING_ON_CUSTOMER.label().equals(e.detail()))
                    || e.type() == EventType.CUSTOMER_MESSAGE || e.type() == EventType.REOPENED;
            if (pause && runningSince != null) {
                used = used.plus(coverage.coveredTime(runningSince, e.at()));
                runningSince = null;
            } else if (resume && runningSince == null) {
                runningSince = e.at();
            }
        }
        if (runningSince != null) used = used.plus(coverage.coveredTime(runningSince, end));
        return used;
    }

    /** When the SLA runs out if the clock keeps running from {@code now}. */
    public Instant due(Ticket ticket, List<TicketEvent> history, Instant now) {
        Duration left = firstResponse.minus(used(ticket, history, now));
        return left.isNegative() ? now.minus(left.negated()) : coverage.afterCoveredTime(now, left);
    }

    public boolean isAtRisk(Duration used) {
        return used.toMillis() >= atRisk * firstResponse.toMillis();
    }

    public boolean isBreached(Duration used) {
        return used.compareTo(firstResponse) >= 0;
    }
}
