package dev.frontline.core.trial;

import dev.frontline.core.InboundGate;
import dev.frontline.core.model.Channels;
import dev.frontline.core.model.Inbound;
import dev.frontline.core.model.Place;
import dev.frontline.core.model.Ticket;
import dev.frontline.core.port.TicketStore;
import dev.frontline.core.team.Team;

import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The sandbox a trial candidate works in: only the trial's sample tickets, no real ticket, customer
 * data or desk-wide command. Every command, button, form and message of a candidate passes here
 * first; whatever would touch or show a real ticket is refused and changes nothing.
 */
final class TrialSandbox implements InboundGate {
    /** Commands that act on one ticket (checked to be a sample ticket) or show nothing of the desk. */
    private static final Set<String> TICKET_COMMANDS = Set.of("macro", "escalate", "refund", "resolve", "reply", "note", "tag", "untag",
            "wait", "waiting", "ticket");
    private static final Set<String> HARMLESS = Set.of("help", "trial", "glossary", "doc");
    private static final Pattern TICKET_REF = Pattern.compile("#(\\d+)\\b");
    private static final Pattern BARE_FIRST = Pattern.compile("^#?(\\d+)\\b");
    /** Form and button ids that carry a ticket id: {@code sug:<ticket>:…}, {@code macro:<ticket>:…}, {@code refund:<ticket>}, {@code esc:new:<ticket>}. */
    private static final Pattern ID_TICKET = Pattern.compile("^(?:sug|macro|refund|esc:new):(\\d+)(?::.*)?$");

    private final Team team;
    private final TicketStore tickets;
    private final Channels channels;

    TrialSandbox(Team team, TicketStore tickets, Channels channels) {
        this.team = team;
        this.tickets = tickets;
        this.channels = channels;
    }

    @Override
    public Optional<String> refusal(Inbound inbound) {
        if (!team.isTemporary(inbound.user().id())) return Optional.empty();
        if (inbound instanceof Inbound.Message m) return message(m);
        if (inbound instanceof Inbound.Command c) return command(c);
        if (inbound instanceof Inbound.Click k) return byId(k.actionId(), k.place());
        if (inbound instanceof Inbound.FormSubmit f) return byId(f.formId(), f.place());
        return Optional.empty();
    }

    private Optional<String> message(Inbound.Message m) {
        if (channels.isTicketPlace(m.place()) && !channels.isTrialPlace(m.place())) {
            return refuse("this is a real customer's ticket: your message was not recorded as a reply.");
        }
        return Optional.empty();
    }

    private Optional<String> command(Inbound.Command c) {
        String name = c.name().toLowerCase(java.util.Locale.ROOT);
        if (HARMLESS.contains(name)) return Optional.empty();
        if (!TICKET_COMMANDS.contains(name)) return refuse("/" + name + " shows or changes the whole desk.");
        String args = c.args() == null ? "" : c.args();
        Matcher refs = TICKET_REF.matcher(args);
        while (refs.find()) if (isReal(Long.parseLong(refs.group(1)))) return refuseTicket(refs.group(1));
        Matcher bare = BARE_FIRST.matcher(args.trim());
        if (name.equals("ticket") && bare.find() && isReal(Long.parseLong(bare.group(1)))) return refuseTicket(bare.group(1));
        return inRealTicket(c.place());
    }

    private Optional<String> byId(String id, Place place) {
        Matcher m = ID_TICKET.matcher(id == null ? "" : id);
        if (m.matches() && isReal(Long.parseLong(m.group(1)))) return refuseTicket(m.group(1));
        return inRealTicket(place);
    }

    private Optional<String> inRealTicket(Place place) {
        if (!place.isThread()) return Optional.empty();
        Optional<Ticket> here = tickets.findByPlace(place);
        return here.isPresent() && !channels.isTrialPlace(here.get().place()) ? refuseTicket(String.valueOf(here.get().id())) : Optional.empty();
    }

    /** A ticket that exists and is not one of the trial's samples. */
    private boolean isReal(long id) {
        return tickets.find(id).map(t -> !channels.isTrialPlace(t.place())).orElse(false);
    }

    private Optional<String> refuseTicket(String id) {
        return refuse("#" + id + " is a real customer's ticket.");
    }

    private Optional<String> refuse(String why) {
        return Optional.of("Not during your trial: " + why + " While the trial runs you work only on its sample tickets in #"
                + channels.trial() + ", one at a time.");
    }
}
