package dev.frontline.core;

import dev.frontline.core.command.Command;
import dev.frontline.core.command.CommandContext;
import dev.frontline.core.command.CommandException;
import dev.frontline.core.command.CommandRegistry;
import dev.frontline.core.command.HelpCommand;
import dev.frontline.core.model.Action;
import dev.frontline.core.model.Channels;
import dev.frontline.core.model.Inbound;
import dev.frontline.core.port.StoreFailure;
import dev.frontline.core.model.Role;
import dev.frontline.core.schedule.Routine;
import dev.frontline.core.team.Team;
import dev.frontline.core.ticket.TicketService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The bot's features wired for one platform (its channels, its scheduled work): routes each event
 * of that platform to the feature that handles it. One failing feature never stops the others or
 * the caller: errors become a private message to the sender. Storage failures are not swallowed:
 * they abort the event's unit of work so that it is retried as a whole.
 */
public final class Desk {
    private static final Logger log = LoggerFactory.getLogger(Desk.class);

    private final Team team;
    private final TicketService tickets;
    private final Channels channels;
    private final CommandRegistry commands = new CommandRegistry();
    private final List<TicketListener> listeners = new ArrayList<>();
    private final Map<String, ClickHandler> clickHandlers = new HashMap<>();
    private final Map<String, FormHandler> formHandlers = new HashMap<>();
    private final List<Routine> routines = new ArrayList<>();
    private final List<InboundGate> gates = new ArrayList<>();

    public Desk(Team team, TicketService tickets, List<Feature> features) {
        this.team = team;
        this.tickets = tickets;
        this.channels = tickets.channels();
        for (Feature feature : features) {
            feature.commands().forEach(commands::register);
            listeners.addAll(feature.ticketListeners());
            gates.addAll(feature.gates());
            feature.ticketObservers().forEach(tickets::addObserver);
            feature.clickHandlers().forEach((ns, h) -> putOnce(clickHandlers, ns, h, "button namespace"));
            feature.formHandlers().forEach((ns, h) -> putOnce(formHandlers, ns, h, "form namespace"));
            // Scheduled work follows the same rule as event handling: no staff note in a ticket channel.
            for (Routine r : feature.routines()) {
                routines.add(Routine.of(r.name(), r.schedule(), r.grace(),
                        (at, now) -> StaffNotes.outOfTicketChannels(r.run(at, now), channels)));
            }
        }
        commands.register(HelpCommand.create(commands));
    }

    private static <T> void putOnce(Map<String, T> map, String key, T value, String what) {
        if (map.putIfAbsent(key, value) != null) throw new IllegalStateException("two handlers for " + what + " " + key);
    }

    public CommandRegistry commands() {
        return commands;
    }

    public List<Routine> routines() {
        return List.copyOf(routines);
    }

    public Team team() {
        return team;
    }

    public String platform() {
        return channels.platform();
    }

    public Channels channels() {
        return channels;
    }

    public List<Action> handle(Inbound inbound) {
        return StaffNotes.outOfTicketChannels(dispatch(inbound), channels);
    }

    /**
     * Messages prepared and not yet handled, by platform message id: what the listeners computed
     * from the text alone, before the event's transaction. Taken out when the message is handled;
     * the bound and the expiry only matter for messages that never are.
     */
    private final com.github.benmanes.caffeine.cache.Cache<String, MessageMeaning> prepared = com.github.benmanes.caffeine.cache.Caffeine
            .newBuilder().maximumSize(10_000).expireAfterWrite(java.time.Duration.ofMinutes(2)).build();

    /**
     * Does the text-only work of an event (embedding, ranking, model scores) before its transaction,
     * so that the transaction, which serialises writers, stays short. Changes nothing; safe to skip.
     */
    public void prepare(Inbound inbound) {
        if (!(inbound instanceof Inbound.Message m) || m.text() == null || m.text().isBlank()) return;
        if (!channels.isTicketPlace(m.place()) || team.isStaff(m.user().id())) return;
        MessageMeaning meaning = new MessageMeaning(m.text());
        for (TicketListener listener : listeners) {
            try {
                listener.prepare(m, meaning);
            } catch (RuntimeException e) {
                log.debug("Listener {} could not prepare a message: {}", listener.getClass().getName(), e.toString());
            }
        }
        prepared.put(m.messageId(), meaning);
    }

    private List<Action> dispatch(Inbound inbound) {
        try {
            for (InboundGate gate : gates) {
                Optional<String> refused = gate.refusal(inbound);
                if (refused.isPresent()) return List.of(new Action.PrivateReply(inbound.user().id(), inbound.place(), refused.get()));
            }
            if (inbound instanceof Inbound.Message m) return onMessage(m);
            if (inbound instanceof Inbound.Command c) return onCommand(c);
            if (inbound instanceof Inbound.Click k) return onClick(k);
            if (inbound instanceof Inbound.FormSubmit f) return onForm(f);
            throw new IllegalArgumentException("unknown inbound " + inbound);
        } catch (StoreFailure e) {
            throw e;
        } catch (CommandException e) {
            return List.of(new Action.PrivateReply(inbound.user().id(), inbound.place(), e.getMessage()));
        } catch (RuntimeException e) {
            log.error("Failed to handle {} from {}", inbound.getClass().getSimpleName(), inbound.user().id(), e);
            return List.of(new Action.PrivateReply(inbound.user().id(), inbound.place(),
                    "Sorry, something went wrong handling that. The error is logged; please try again or tell your lead."));
        }
    }

    private List<Action> onMessage(Inbound.Message message) {
        if (message.text() == null || message.text().isBlank()) return List.of();
        Optional<TicketService.Applied> applied = tickets.onMessage(message);
        if (applied.isEmpty()) return List.of();
        List<Action> actions = new ArrayList<>(applied.get().actions());
        TicketMessage tm = withPrepared(applied.get().message());
        for (TicketListener listener : listeners) {
            try {
                actions.addAll(listener.onTicketMessage(tm));
            } catch (StoreFailure e) {
                throw e;
            } catch (RuntimeException e) {
                // A broken listener must not hide the others' output or lose the stored message.
                log.error("Ticket listener {} failed on ticket {}", listener.getClass().getName(), tm.ticket().id(), e);
            }
        }
        return actions;
    }

    private TicketMessage withPrepared(TicketMessage tm) {
        MessageMeaning done = prepared.getIfPresent(tm.message().messageId());
        if (done == null || !done.text().equals(tm.meaning().text())) return tm;
        prepared.invalidate(tm.message().messageId());
        return new TicketMessage(tm.ticket(), tm.message(), tm.role(), tm.opened(), tm.reopened(), done);
    }

    private List<Action> onCommand(Inbound.Command inbound) {
        Role role = team.roleOf(inbound.user().id());
        Optional<Command> command = commands.find(inbound.name());
        if (command.isEmpty()) {
            return List.of(new Action.PrivateReply(inbound.user().id(), inbound.place(),
                    "Unknown command /" + inbound.name() + ". Type /help to see what you can use."));
        }
        if (!role.atLeast(command.get().minRole())) {
            return List.of(new Action.PrivateReply(inbound.user().id(), inbound.place(),
                    "You are not allowed to use /" + command.get().name() + "."));
        }
        return command.get().handler().handle(new CommandContext(inbound, role));
    }

    private List<Action> onClick(Inbound.Click click) {
        Role role = team.roleOf(click.user().id());
        ClickHandler handler = clickHandlers.get(namespace(click.actionId()));
        if (handler == null) {
            return List.of(new Action.PrivateReply(click.user().id(), click.place(), "That button is no longer active."));
        }
        return handler.onClick(click, role);
    }

    private List<Action> onForm(Inbound.FormSubmit form) {
        Role role = team.roleOf(form.user().id());
        FormHandler handler = formHandlers.get(namespace(form.formId()));
        if (handler == null) {
            return List.of(new Action.PrivateReply(form.user().id(), form.place(), "That form is no longer active."));
        }
        return handler.onSubmit(form, role);
    }

    private static String namespace(String id) {
        if (id == null) return "";
        int colon = id.indexOf(':');
        return colon < 0 ? id : id.substring(0, colon);
    }
}
