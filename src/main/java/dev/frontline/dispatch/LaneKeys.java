package dev.frontline.dispatch;

import dev.frontline.core.model.Inbound;
import dev.frontline.core.model.Place;

import java.util.Optional;
import java.util.function.LongFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which lane an event is handled on: the conversation (ticket) it is about, so that its events are
 * handled one at a time and in order while other conversations run in parallel. Found cheaply
 * before the event is acknowledged: the thread it came from, a {@code #12} at the head of a
 * command, or the ticket a button or form names in its id ({@code sug:12:…}, {@code csat:12:…},
 * {@code macro:12:…}, {@code refund:12}, {@code esc:new:12}; {@code esc:7:…} names escalation 7).
 * Anything else runs on the sender's own lane. A wrong guess costs order, never correctness:
 * ticket updates are versioned.
 */
public final class LaneKeys {
    private static final Pattern TICKET_ARG = Pattern.compile("^\\s*#(\\d{1,18})\\b");
    private static final Pattern TICKET_ID = Pattern.compile("^(?:sug|csat|macro|refund):(?:comment:)?(\\d{1,18})(?::.*)?$");
    private static final Pattern NEW_ESCALATION = Pattern.compile("^esc:new:(\\d{1,18})$");
    private static final Pattern ESCALATION = Pattern.compile("^esc:(?:deny:)?(\\d{1,18})(?::.*)?$");

    private final LongFunction<Optional<Place>> ticketPlace;
    private final LongFunction<Optional<Long>> ticketOfEscalation;

    /**
     * @param ticketPlace        the conversation of a ticket id, if the ticket exists
     * @param ticketOfEscalation the ticket an escalation card is about, if it exists
     */
    public LaneKeys(LongFunction<Optional<Place>> ticketPlace, LongFunction<Optional<Long>> ticketOfEscalation) {
        this.ticketPlace = ticketPlace;
        this.ticketOfEscalation = ticketOfEscalation;
    }

    public String laneOf(Inbound in) {
        Place place = in.place();
        if (in instanceof Inbound.Message m) {
            return conversation(place.isThread() ? place : place.inThread(m.messageId()));
        }
        if (place.isThread()) return conversation(place);
        String named = in instanceof Inbound.Command c ? c.args()
                : in instanceof Inbound.Click k ? k.actionId()
                : in instanceof Inbound.FormSubmit f ? f.formId() : null;
        return ticketNamedBy(in, named).flatMap(ticketPlace::apply).map(LaneKeys::conversation)
                .orElse("user:" + place.platform() + ":" + in.user().id());
    }

    private Optional<Long> ticketNamedBy(Inbound in, String text) {
        if (text == null) return Optional.empty();
        Matcher m = (in instanceof Inbound.Command ? TICKET_ARG : TICKET_ID).matcher(text);
        if (m.find()) return Optional.of(Long.parseLong(m.group(1)));
        if (in instanceof Inbound.Command) return Optional.empty();
        m = NEW_ESCALATION.matcher(text);
        if (m.matches()) return Optional.of(Long.parseLong(m.group(1)));
        m = ESCALATION.matcher(text);
        if (m.matches()) return ticketOfEscalation.apply(Long.parseLong(m.group(1)));
        return Optional.empty();
    }

    private static String conversation(Place place) {
        return "conv:" + place.conversationKey();
    }
}
