package dev.frontline.core.notify;

import dev.frontline.core.Feature;
import dev.frontline.core.command.Command;
import dev.frontline.core.command.CommandContext;
import dev.frontline.core.command.CommandException;
import dev.frontline.core.escalation.DecisionQueue;
import dev.frontline.core.escalation.Escalation;
import dev.frontline.core.escalation.EscalationStore;
import dev.frontline.core.model.Action;
import dev.frontline.core.model.Person;
import dev.frontline.core.model.Place;
import dev.frontline.core.model.Role;
import dev.frontline.core.schedule.Routine;
import dev.frontline.core.schedule.Schedule;
import dev.frontline.core.team.Team;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Reminders of undecided cards without a stream of messages: the owner channel's live
 * <i>Pending decisions</i> message is edited in place, and each reminder the {@link ReminderClock}
 * allows adds one short ping (in the channel, or by direct message for those who chose {@code /notify dm}).
 */
public final class NotificationFeature implements Feature, DecisionQueue {
    private final EscalationStore escalations;
    private final NotifyStore store;
    private final PendingQueue queue;
    private final ReminderClock clock;
    private final Team team;
    private final Place ownerChannel;

    public NotificationFeature(EscalationStore escalations, NotifyStore store, PendingQueue queue, ReminderClock clock, Team team,
                               Place ownerChannel) {
        this.escalations = escalations;
        this.store = store;
        this.queue = queue;
        this.clock = clock;
        this.team = team;
        this.ownerChannel = ownerChannel;
    }

    @Override
    public List<Action> changed(Instant at) {
        return queue.refresh(escalations.pending(), at);
    }

    @Override
    public List<Routine> routines() {
        return List.of(Routine.of("decision-reminders", Schedule.every(Duration.ofMinutes(1)), Duration.ofMinutes(5), (at, now) -> remind(now)));
    }

    /** Every minute: the due reminders are recorded, the queue is brought up to date, then one ping names them. */
    List<Action> remind(Instant now) {
        List<Escalation> pending = escalations.pending();
        List<String> due = new ArrayList<>();
        for (Escalation e : pending) {
            Optional<Integer> n = clock.due(e.createdAt(), e.category(), store.reminded(e.cardId()).orElse(null), now);
            if (n.isEmpty()) continue;
            store.recordReminder(e.cardId(), n.get(), now);
            due.add(e.cardId() + " (" + e.category() + ", waiting " + PendingQueue.age(Duration.between(e.createdAt(), now)) + ")");
        }
        List<Action> actions = new ArrayList<>(queue.refresh(pending, now));
        if (!due.isEmpty()) actions.addAll(pings(due));
        return actions;
    }

    private List<Action> pings(List<String> due) {
        String text = "⏰ Reminder: " + (due.size() == 1 ? due.get(0) + " waits" : due.size() + " cards wait") + " for a decision"
                + (due.size() == 1 ? "" : ": " + String.join(", ", due)) + ". See Pending decisions in the owner channel.";
        List<Action> actions = new ArrayList<>();
        Map<String, NotifyStore.Mode> modes = store.modes();
        modes.forEach((user, mode) -> {
            if (mode == NotifyStore.Mode.DM) actions.add(new Action.PrivateReply(user, ownerChannel, text));
        });
        if (anyoneInChannel(modes)) actions.add(new Action.StaffNote(ownerChannel, text));
        return actions;
    }

    /** The channel is pinged unless every owner and lead moved to a direct message or turned pings off. */
    private boolean anyoneInChannel(Map<String, NotifyStore.Mode> modes) {
        List<Person> watchers = new ArrayList<>(team.withRole(Role.OWNER));
        watchers.addAll(team.withRole(Role.LEAD));
        if (watchers.isEmpty()) return true;
        return watchers.stream().anyMatch(p -> p.ids().stream().noneMatch(id -> modes.containsKey(id) && modes.get(id) != NotifyStore.Mode.CHANNEL));
    }

    @Override
    public List<Command> commands() {
        return List.of(new Command("notify", "dm|channel|off",
                "how you get reminders of undecided cards: by direct message, in the owner channel (default), or not at all",
                Role.LEAD, this::notify));
    }

    private List<Action> notify(CommandContext ctx) {
        String arg = ctx.args().trim().toLowerCase(Locale.ROOT);
        NotifyStore.Mode mode = switch (arg) {
            case "dm" -> NotifyStore.Mode.DM;
            case "channel" -> NotifyStore.Mode.CHANNEL;
            case "off" -> NotifyStore.Mode.OFF;
            case "" -> null;
            default -> throw new CommandException("Use /notify dm, /notify channel or /notify off (you wrote '" + ctx.args().trim() + "').");
        };
        if (mode == null) {
            return ctx.privately("Your reminders of undecided cards: " + describe(store.mode(ctx.user().id()))
                    + ". Change with /notify dm|channel|off.");
        }
        store.setMode(ctx.user().id(), mode);
        return ctx.privately("Reminders of undecided cards: " + describe(mode) + ". The Pending decisions message in the owner channel "
                + "always lists every card.");
    }

    private static String describe(NotifyStore.Mode mode) {
        return switch (mode) {
            case DM -> "by direct message";
            case CHANNEL -> "in the owner channel";
            case OFF -> "off (no pings)";
        };
    }
}
