package dev.frontline.core.records;

import dev.frontline.core.ClickHandler;
import dev.frontline.core.Feature;
import dev.frontline.core.command.Command;
import dev.frontline.core.command.CommandContext;
import dev.frontline.core.command.CommandException;
import dev.frontline.core.escalation.EscalationStore;
import dev.frontline.core.metrics.CsatStore;
import dev.frontline.core.model.Action;
import dev.frontline.core.model.Audience;
import dev.frontline.core.model.Button;
import dev.frontline.core.model.Channels;
import dev.frontline.core.model.Inbound;
import dev.frontline.core.model.Role;
import dev.frontline.core.model.Ticket;
import dev.frontline.core.port.DashboardLinks;
import dev.frontline.core.port.OnceGuard;
import dev.frontline.core.port.RecordStore;
import dev.frontline.core.port.TicketStore;
import dev.frontline.core.schedule.Routine;
import dev.frontline.core.schedule.Schedule;
import dev.frontline.core.team.Team;
import dev.frontline.core.ticket.TicketLocator;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code /transcript #N [customer]}, {@code /privacy export|erase <customer>} (owners; erasure after
 * a confirming button), {@code /dashboard} (owners and leads: a private one-time link into the web
 * view) and the daily retention purge.
 */
public final class RecordsFeature implements Feature {
    /** Button ids {@code privacy:erase:<customer>} and {@code privacy:cancel}. */
    static final String NAMESPACE = "privacy";

    private final TicketStore tickets;
    private final TicketLocator locator;
    private final EscalationStore escalations;
    private final CsatStore csat;
    private final RecordStore records;
    private final Team team;
    private final Channels channels;
    private final OnceGuard once;
    private final Retention retention;
    private final ZoneId zone;
    private final DashboardLinks links;

    public RecordsFeature(TicketStore tickets, EscalationStore escalations, CsatStore csat, RecordStore records, Team team, Channels channels,
                          OnceGuard once, Retention retention, ZoneId zone, DashboardLinks links) {
        this.tickets = tickets;
        this.locator = new TicketLocator(tickets);
        this.escalations = escalations;
        this.csat = csat;
        this.records = records;
        this.team = team;
        this.channels = channels;
        this.once = once;
        this.retention = retention;
        this.zone = zone;
        this.links = links;
    }

    @Override
    public List<Command> commands() {
        return List.of(
                new Command("transcript", "#ticket [customer]", "post a ticket's history as Markdown and HTML files to the staff channel "
                        + "('customer': without private notes)", Role.AGENT, this::transcript),
                new Command("privacy", "export|erase customer", "everything stored about a customer as a file, or erase it", Role.OWNER, this::privacy),
                new Command("dashboard", "", "a private one-time link to the read-only web view", Role.LEAD, this::dashboard));
    }

    @Override
    public Map<String, ClickHandler> clickHandlers() {
        return Map.of(NAMESPACE, this::onClick);
    }

    @Override
    public List<Routine> routines() {
        if (retention.keepsEverything()) return List.of();
        // Grace of a day: a purge missed while the bot was down runs at the next start.
        return List.of(Routine.of("retention", Schedule.daily(LocalTime.of(3, 30), zone), Duration.ofDays(1), (at, now) -> {
            purge(at, now);
            return List.of();
        }));
    }

    /** Purges once per occurrence however many platforms (desks) run the routine. */
    Optional<RecordStore.Purge> purge(Instant scheduledAt, Instant now) {
        if (!once.claim("retention:" + scheduledAt, now)) return Optional.empty();
        return Optional.of(records.purge(retention.messages() == null ? null : scheduledAt.minus(retention.messages()),
                retention.audit() == null ? null : scheduledAt.minus(retention.audit()), now));
    }

    /** The weekly review's bullet about what retention purged that week. */
    public List<String> weeklyLines(Instant from, Instant to) {
        if (retention.keepsEverything()) return List.of();
        RecordStore.Purge p = records.purgedBetween(from, to);
        return List.of("Retention (messages " + days(retention.messages()) + ", audit " + days(retention.audit()) + "): purged "
                + p.messages() + " message texts and " + p.audit() + " audit rows");
    }

    private static String days(Duration d) {
        return d == null ? "kept" : d.toDays() + " days";
    }

    public Transcript transcriptOf(Ticket t, boolean customerCopy, Instant now) {
        Instant until = now.plusSeconds(1);
        return Transcript.of(t, tickets.history(t.id()), escalations.createdBetween(t.openedAt(), until),
                csat.answeredBetween(t.openedAt(), until), team, customerCopy);
    }

    private List<Action> transcript(CommandContext ctx) {
        TicketLocator.Located l = locator.locate(ctx, true);
        String rest = l.rest().trim();
        if (!rest.isEmpty() && !rest.equalsIgnoreCase("customer")) {
            throw new CommandException("Use /transcript #12 for the staff copy or /transcript #12 customer for the customer's copy.");
        }
        boolean customerCopy = rest.equalsIgnoreCase("customer");
        Transcript t = transcriptOf(l.ticket(), customerCopy, ctx.at());
        String copy = customerCopy ? "customer copy, without private notes" : "staff copy, private notes marked 🔒";
        return List.of(
                new Action.UploadFile(channels.staffPlace(), Audience.STAFF, t.fileName("md"), t.markdown().getBytes(StandardCharsets.UTF_8),
                        "Transcript of " + l.ticket().ref() + " (" + copy + "), Markdown"),
                new Action.UploadFile(channels.staffPlace(), Audience.STAFF, t.fileName("html"), t.html().getBytes(StandardCharsets.UTF_8),
                        "Transcript of " + l.ticket().ref() + " (" + copy + "), HTML"),
                new Action.PrivateReply(ctx.user().id(), ctx.place(), "Posted the transcript of " + l.ticket().ref() + " to the staff channel."));
    }

    private List<Action> privacy(CommandContext ctx) {
        String[] parts = ctx.args().split("\\s+", 2);
        if (parts.length < 2 || parts[1].isBlank()) throw new CommandException("Use /privacy export <customer> or /privacy erase <customer>.");
        String customer = parts[1].trim().replaceFirst("^@", "");
        if (team.isStaff(customer)) throw new CommandException(customer + " is on the team, not a customer.");
        switch (parts[0].toLowerCase()) {
            case "export" -> {
                Optional<String> json = new PrivacyReport(records, tickets).json(customer, ctx.at());
                if (json.isEmpty()) return ctx.privately("Nothing is stored about " + customer + ".");
                return List.of(new Action.UploadFile(channels.ownerPlace(), Audience.OWNERS, "privacy-" + safe(customer) + ".json",
                                json.get().getBytes(StandardCharsets.UTF_8), "Everything stored about " + customer + " (requested by "
                                + team.nameOf(ctx.user().id(), ctx.user().id()) + ")"),
                        new Action.PrivateReply(ctx.user().id(), ctx.place(), "Posted what is stored about " + customer + " to the owners' channel."));
            }
            case "erase" -> {
                RecordStore.CustomerRecords found = records.gather(customer);
                if (found.isEmpty()) return ctx.privately("Nothing is stored about " + customer + ".");
                return List.of(new Action.PrivateReply(ctx.user().id(), ctx.place(), "Erase everything stored about " + customer + "? "
                        + found.ticketIds().size() + " tickets stay as anonymous counts; their messages, names and ids are removed "
                        + "from every table. This cannot be undone.",
                        List.of(Button.danger(NAMESPACE + ":erase:" + customer, "Erase " + customer), Button.of(NAMESPACE + ":cancel", "Cancel"))));
            }
            default -> throw new CommandException("Use /privacy export <customer> or /privacy erase <customer>.");
        }
    }

    private List<Action> onClick(Inbound.Click click, Role role) {
        String userId = click.user().id();
        if (role != Role.OWNER) return List.of(new Action.PrivateReply(userId, click.place(), "Only owners may erase customer data."));
        if (click.actionId().equals(NAMESPACE + ":cancel")) return List.of(new Action.PrivateReply(userId, click.place(), "Nothing was erased."));
        String prefix = NAMESPACE + ":erase:";
        if (!click.actionId().startsWith(prefix)) return List.of();
        RecordStore.Erasure e = records.erase(click.actionId().substring(prefix.length()), userId, click.at());
        return List.of(new Action.PrivateReply(userId, click.place(), "Erased: " + e.tickets() + " tickets kept as " + e.pseudonym()
                + ", " + e.values() + " stored values replaced. Written to the audit log."));
    }

    private List<Action> dashboard(CommandContext ctx) {
        return links.linkFor(ctx.user().id(), ctx.at())
                .map(link -> ctx.privately("Your link to the web view (valid 15 minutes, once): " + link))
                .orElseGet(() -> ctx.privately("The web view is off: start the bot with FRONTLINE_WEB_PORT set."));
    }

    private static String safe(String s) {
        return s.replaceAll("[^A-Za-z0-9._-]", "_");
    }
}
