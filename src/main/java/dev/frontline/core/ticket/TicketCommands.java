package dev.frontline.core.ticket;

import dev.frontline.core.Feature;
import dev.frontline.core.command.Command;
import dev.frontline.core.command.CommandContext;
import dev.frontline.core.command.CommandException;
import dev.frontline.core.model.Action;
import dev.frontline.core.model.EventType;
import dev.frontline.core.model.Role;
import dev.frontline.core.model.Ticket;
import dev.frontline.core.model.TicketEvent;
import dev.frontline.core.model.TicketStatus;
import dev.frontline.core.model.Tier;
import dev.frontline.core.port.TicketStore;
import dev.frontline.core.team.Team;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/** The staff commands that move a ticket through its life: resolve, reopen, assign, tag, tier, note, reply, list. */
public final class TicketCommands implements Feature {
    private final TicketService service;
    private final TicketLocator locator;
    private final TicketStore store;
    private final Team team;
    private final TicketFormat format;
    private MoneyGuard guard = MoneyGuard.none();

    /** A reply typed through the bot that grants or promises money goes through the refund policy first. */
    public TicketCommands guardedBy(MoneyGuard guard) {
        this.guard = guard;
        return this;
    }

    public TicketCommands(TicketService service, Team team) {
        this.service = service;
        this.store = service.store();
        this.locator = new TicketLocator(store);
        this.team = team;
        this.format = new TicketFormat(team, t -> service.channels().isTrialPlace(t.place()));
    }

    @Override
    public List<Command> commands() {
        return List.of(
                new Command("resolve", "[#ticket] [note]", "mark a ticket resolved and tell the customer", Role.AGENT, this::resolve),
                new Command("reopen", "[#ticket]", "reopen a resolved ticket", Role.AGENT, this::reopen),
                new Command("assign", "[#ticket] [me|user]", "assign a ticket (to yourself by default)", Role.AGENT, this::assign),
                new Command("tag", "[#ticket] tag…", "add tags to a ticket", Role.AGENT, this::tag),
                new Command("untag", "[#ticket] tag…", "remove tags from a ticket", Role.AGENT, this::untag),
                new Command("tier", "[#ticket] 1|2|3|specialized", "move a ticket to another support tier", Role.AGENT, this::tier),
                new Command("wait", "[#ticket]", "mark a ticket as waiting on the customer", Role.AGENT, this::waitOnCustomer),
                new Command("waiting", "[#ticket] us|customer", "say who the ticket waits on: us (no follow-up nudges) or the customer",
                        Role.AGENT, this::waiting),
                new Command("note", "[#ticket] text", "add an internal note (staff only)", Role.AGENT, this::note),
                new Command("reply", "[#ticket] text", "reply to the customer through the bot", Role.AGENT, this::reply),
                new Command("tickets", "[open|mine|waiting|escalated|resolved|all]", "list tickets", Role.AGENT, this::list),
                new Command("ticket", "[#ticket]", "show a ticket and its history", Role.AGENT, this::show));
    }

    private List<Action> resolve(CommandContext ctx) {
        TicketLocator.Located l = locator.locate(ctx, false);
        return service.resolve(l.ticket(), ctx.user(), l.rest(), ctx.at());
    }

    private List<Action> reopen(CommandContext ctx) {
        return service.reopen(locator.locate(ctx, true).ticket(), ctx.user(), ctx.at());
    }

    private List<Action> assign(CommandContext ctx) {
        TicketLocator.Located l = locator.locate(ctx, false);
        String who = l.rest().isBlank() || l.rest().equalsIgnoreCase("me") ? ctx.user().id() : l.rest().replaceFirst("^@", "").trim();
        if (!team.isStaff(who)) {
            throw new CommandException(who + " is not on the support team (see bot-config/frontline.yaml).");
        }
        Ticket next = l.ticket().withAssignee(who, ctx.at());
        return with(new Action.StaffNote(next.place(), "Ticket " + next.ref() + " assigned to " + team.nameOf(who, who) + "."),
                service.commit(l.ticket(), next, List.of(TicketEvent.of(next.id(), EventType.ASSIGNED, ctx.user().id(), null, who, ctx.at()))));
    }

    private List<Action> tag(CommandContext ctx) {
        TicketLocator.Located l = locator.locate(ctx, false);
        Set<String> added = tagsIn(l.rest());
        Set<String> tags = new TreeSet<>(l.ticket().tags());
        List<TicketEvent> events = new ArrayList<>();
        for (String t : added) {
            if (tags.add(t)) events.add(TicketEvent.of(l.ticket().id(), EventType.TAG_ADDED, ctx.user().id(), null, t, ctx.at()));
        }
        return with(new Action.StaffNote(l.ticket().place(), "Ticket " + l.ticket().ref() + " tags: " + String.join(", ", tags)),
                service.commit(l.ticket(), l.ticket().withTags(tags, ctx.at()), events));
    }

    private List<Action> untag(CommandContext ctx) {
        TicketLocator.Located l = locator.locate(ctx, false);
        Set<String> removed = tagsIn(l.rest());
        Set<String> tags = new TreeSet<>(l.ticket().tags());
        List<TicketEvent> events = new ArrayList<>();
        for (String t : removed) {
            if (tags.remove(t)) events.add(TicketEvent.of(l.ticket().id(), EventType.TAG_REMOVED, ctx.user().id(), null, t, ctx.at()));
        }
        return with(new Action.StaffNote(l.ticket().place(), "Ticket " + l.ticket().ref() + " tags: "
                + (tags.isEmpty() ? "(none)" : String.join(", ", tags))), service.commit(l.ticket(), l.ticket().withTags(tags, ctx.at()), events));
    }

    private static Set<String> tagsIn(String text) {
        Set<String> tags = new LinkedHashSet<>();
        for (String t : text.split("[\\s,]+")) {
            String tag = t.trim().toLowerCase(Locale.ROOT).replaceFirst("^#", "");
            if (!tag.isEmpty()) tags.add(tag);
        }
        if (tags.isEmpty()) throw new CommandException("Name at least one tag, e.g. /tag #12 billing");
        return tags;
    }

    private List<Action> tier(CommandContext ctx) {
        TicketLocator.Located l = locator.locate(ctx, false);
        Tier tier = Tier.parse(l.rest()).orElseThrow(() -> new CommandException("Say which tier: 1, 2, 3 or specialized."));
        Ticket next = l.ticket().withTier(tier, ctx.at());
        return with(new Action.StaffNote(next.place(), "Ticket " + next.ref() + " moved to tier " + tier.label() + "."),
                service.commit(l.ticket(), next, List.of(TicketEvent.of(next.id(), EventType.TIER_CHANGED, ctx.user().id(), null, tier.label(), ctx.at()))));
    }

    private List<Action> waitOnCustomer(CommandContext ctx) {
        Ticket t = locator.locate(ctx, true).ticket();
        if (t.status() == TicketStatus.RESOLVED) throw new CommandException("Ticket " + t.ref() + " is resolved; /reopen it first.");
        Ticket next = t.withStatus(TicketStatus.WAITING_ON_CUSTOMER, ctx.at());
        return with(new Action.StaffNote(t.place(), "Ticket " + t.ref() + " is waiting on the customer."),
                service.commit(t, next, List.of(TicketEvent.of(t.id(), EventType.STATUS_CHANGED, ctx.user().id(), null,
                        TicketStatus.WAITING_ON_CUSTOMER.label(), ctx.at()))));
    }

    private List<Action> waiting(CommandContext ctx) {
        TicketLocator.Located l = locator.locate(ctx, false);
        String who = l.rest().trim().toLowerCase(Locale.ROOT);
        if (who.equals("customer")) return waitOnCustomer(ctx);
        if (!who.equals("us")) throw new CommandException("Say who it waits on: /waiting us or /waiting customer");
        Ticket t = l.ticket();
        if (t.status() == TicketStatus.RESOLVED) throw new CommandException("Ticket " + t.ref() + " is resolved; /reopen it first.");
        if (t.status() == TicketStatus.ESCALATED) throw new CommandException("Ticket " + t.ref() + " is escalated; its card decides what happens next.");
        Ticket next = t.withStatus(TicketStatus.OPEN, ctx.at());
        return with(new Action.StaffNote(t.place(), "Ticket " + t.ref() + " is waiting on us: no follow-up nudges to the customer."),
                service.commit(t, next, List.of(TicketEvent.of(t.id(), EventType.STATUS_CHANGED, ctx.user().id(), null, "waiting-on-us", ctx.at()))));
    }

    private List<Action> note(CommandContext ctx) {
        TicketLocator.Located l = locator.locate(ctx, false);
        if (l.rest().isBlank()) throw new CommandException("Write the note after the command, e.g. /note #12 customer is on the old app");
        return with(new Action.StaffNote(l.ticket().place(), "Note on " + l.ticket().ref() + " by "
                + team.nameOf(ctx.user().id(), ctx.user().name()) + ": " + l.rest()),
                service.commit(l.ticket(), l.ticket(), List.of(TicketEvent.of(l.ticket().id(), EventType.NOTE, ctx.user().id(), l.rest(), null, ctx.at()))));
    }

    private List<Action> reply(CommandContext ctx) {
        TicketLocator.Located l = locator.locate(ctx, false);
        if (l.rest().isBlank()) throw new CommandException("Write the reply after the command, e.g. /reply #12 Thanks, checking now!");
        java.util.Optional<RefundPromise.Found> promise = RefundPromise.in(l.rest());
        if (promise.isPresent()) {
            MoneyGuard.Decision d = guard.check(l.ticket(), promise.get().amount(), null, "promised in a reply", l.rest(), ctx.user(), ctx.at());
            if (d.hold()) return d.actions();
            List<Action> actions = new ArrayList<>(with(new Action.Reply(l.ticket().place(), l.rest()),
                    service.recordStaffReply(l.ticket(), ctx.user(), l.rest(), null, ctx.at())));
            actions.addAll(d.actions());
            return actions;
        }
        return with(new Action.Reply(l.ticket().place(), l.rest()),
                service.recordStaffReply(l.ticket(), ctx.user(), l.rest(), null, ctx.at()));
    }

    private List<Action> list(CommandContext ctx) {
        String which = ctx.args().isBlank() ? "open" : ctx.args().trim().toLowerCase(Locale.ROOT);
        TicketStore.Query q = switch (which) {
            case "open" -> TicketStore.Query.notClosed();
            case "mine" -> TicketStore.Query.notClosed().assignedTo(ctx.user().id());
            case "waiting" -> TicketStore.Query.inStatus(Set.of(TicketStatus.WAITING_ON_CUSTOMER));
            case "escalated" -> TicketStore.Query.inStatus(Set.of(TicketStatus.ESCALATED));
            case "resolved" -> TicketStore.Query.inStatus(Set.of(TicketStatus.RESOLVED));
            case "all" -> TicketStore.Query.all();
            default -> throw new CommandException("Unknown list '" + which + "'. Use open, mine, waiting, escalated, resolved or all.");
        };
        List<Ticket> tickets = store.query(q.limit(50));
        if (tickets.isEmpty()) return ctx.privately("No " + which + " tickets.");
        StringBuilder b = new StringBuilder(capitalize(which) + " tickets (" + tickets.size() + (tickets.size() == 50 ? ", oldest 50" : "") + "):");
        for (Ticket t : tickets) b.append("\n").append(format.line(t));
        return ctx.privately(b.toString());
    }

    private List<Action> show(CommandContext ctx) {
        Ticket t = locator.locate(ctx, true).ticket();
        return ctx.privately(format.details(t, store.history(t.id())));
    }

    /** The command's own message first, then whatever observers said about the change. */
    private static List<Action> with(Action first, TicketService.Committed committed) {
        List<Action> actions = new ArrayList<>();
        actions.add(first);
        actions.addAll(committed.actions());
        return actions;
    }

    private static String capitalize(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
