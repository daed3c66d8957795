package dev.frontline.web;

import dev.frontline.core.escalation.Escalation;
import dev.frontline.core.metrics.Metrics;
import dev.frontline.core.model.Ticket;
import dev.frontline.core.port.ChartMaker;
import dev.frontline.core.port.TicketStore;
import dev.frontline.core.records.Transcript;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * What the pages read, wired by the composition root: every platform's tickets, the escalations
 * waiting for a decision, a ticket's staff transcript, and the metrics of a period per platform.
 */
public record WebSources(TicketStore tickets, Supplier<List<Escalation>> pendingEscalations, Function<Ticket, Transcript> transcripts,
                         PeriodMetrics metrics, ChartMaker charts, Clock clock, ZoneId zone) {

    /** Metrics of [from, to) by platform name. */
    @FunctionalInterface
    public interface PeriodMetrics {
        List<Named> between(Instant from, Instant to);
    }

    public record Named(String platform, Metrics metrics) {}
}
