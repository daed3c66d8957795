package dev.frontline.core.ticket;

import dev.frontline.core.model.Ticket;
import dev.frontline.core.model.TicketEvent;
import dev.frontline.core.team.Team;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** Plain-text views of tickets for lists and detail pages. */
public final class TicketFormat {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);
    private final Team team;
    private final java.util.function.Predicate<Ticket> isTrial;

    public TicketFormat(Team team) {
        this(team, t -> false);
    }

    /** @param isTrial true for a trial's sample ticket, which is marked as such wherever it is shown */
    public TicketFormat(Team team, java.util.function.Predicate<Ticket> isTrial) {
        this.team = team;
        this.isTrial = isTrial;
    }

    private String trialMark(Ticket t) {
        return isTrial.test(t) ? " [trial sample, not a customer]" : "";
    }

    public String line(Ticket t) {
        return t.ref() + " [" + t.status().label() + "]" + trialMark(t) + " " + shorten(t.subject(), 60) + " — " + t.customer().name()
                + (t.assignee() == null ? ", unassigned" : ", " + team.nameOf(t.assignee(), t.assignee()))
                + (t.tags().isEmpty() ? "" : ", tags: " + String.join(" ", t.tags()))
                + ", opened " + WHEN.format(t.openedAt());
    }

    public String details(Ticket t, List<TicketEvent> history) {
        StringBuilder b = new StringBuilder("Ticket " + t.ref() + trialMark(t) + " — " + t.status().label() + ", tier " + t.tier().label());
        b.append("\nCustomer: ").append(t.customer().name());
        b.append("\nAssignee: ").append(t.assignee() == null ? "nobody" : team.nameOf(t.assignee(), t.assignee()));
        if (!t.tags().isEmpty()) b.append("\nTags: ").append(String.join(", ", t.tags()));
        b.append("\nHistory:");
        for (TicketEvent e : history) {
            b.append("\n  ").append(WHEN.format(e.at())).append(" ").append(e.type().name().toLowerCase().replace('_', ' '))
                    .append(" by ").append(team.nameOf(e.actorId(), e.actorId()));
            if (e.detail() != null) b.append(" (").append(e.detail()).append(")");
            if (e.text() != null) b.append(": ").append(shorten(e.text(), 200));
        }
        return b.toString();
    }

    public static String shorten(String text, int max) {
        if (text == null) return "";
        String oneLine = text.replaceAll("\\s+", " ").trim();
        if (oneLine.codePointCount(0, oneLine.length()) <= max) return oneLine;
        int end = oneLine.offsetByCodePoints(0, max - 1);
        return oneLine.substring(0, end) + "…";
    }
}
