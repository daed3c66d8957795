package dev.frontline.core.escalation;

import dev.frontline.core.model.Button;
import dev.frontline.core.model.Card;
import dev.frontline.core.model.Ticket;
import dev.frontline.core.team.Team;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/** How an escalation card looks: pending with its four decision buttons, or decided with who, what and when. */
public final class EscalationCards {
    /** Button ids: {@code esc:<id>:approve:1}, {@code esc:<id>:approve:2}, {@code esc:<id>:deny}, {@code esc:<id>:takeover}. */
    public static final String NAMESPACE = "esc";
    private final Team team;
    private final DateTimeFormatter when;

    public EscalationCards(Team team, ZoneId zone) {
        this.team = team;
        this.when = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm z").withZone(zone);
    }

    public Card card(Escalation e, Ticket ticket) {
        List<Card.Field> fields = new ArrayList<>();
        fields.add(new Card.Field("Ticket", ticket.ref() + " from " + ticket.customer().name() + " in #" + ticket.place().channel(), ticket.place()));
        fields.add(new Card.Field("Why", e.category()));
        fields.add(new Card.Field("Customer asked", e.asked()));
        fields.add(new Card.Field("Tried so far", e.tried()));
        fields.add(new Card.Field("Option 1", e.next1()));
        fields.add(new Card.Field("Option 2", e.next2()));
        fields.add(new Card.Field("Escalated by", team.nameOf(e.createdBy(), e.createdBy()) + ", " + when.format(e.createdAt())));
        String title = "Escalation " + e.cardId() + " — " + e.category() + " on " + ticket.ref();
        if (e.status() == Escalation.Status.PENDING) {
            String p = NAMESPACE + ":" + e.id() + ":";
            return new Card(e.cardId(), title, fields, List.of(Button.primary(p + "approve:1", "Approve option 1"),
                    Button.primary(p + "approve:2", "Approve option 2"), Button.danger(p + "deny", "Deny"),
                    Button.of(p + "takeover", "Take over")), "Waiting for a decision.");
        }
        fields.add(new Card.Field("Decision", decisionLine(e)));
        return new Card(e.cardId(), title + " — " + e.status().name().toLowerCase().replace('_', ' '), fields, List.of(), null);
    }

    /** The card id of a routed card's copy in the owner channel. */
    public static String ownerCopyId(Escalation e) {
        return e.cardId() + "-owners";
    }

    /**
     * A routed card as the owner channel sees it: a live mirror (no buttons, updated with the card)
     * or, with {@code withButtons}, a second card owners decide on directly (one decision either way).
     */
    public Card ownerCopy(Escalation e, Ticket ticket, String queue, boolean withButtons) {
        Card c = card(e, ticket);
        String title = c.title() + " (routed to " + queue + ")";
        if (withButtons) return new Card(ownerCopyId(e), title, c.fields(), c.buttons(), c.footer());
        String footer = e.status() == Escalation.Status.PENDING ? "Live copy of the card in " + queue + "; owners may decide there." : c.footer();
        return new Card(ownerCopyId(e), title, c.fields(), List.of(), footer);
    }

    public String decisionLine(Escalation e) {
        String who = team.nameOf(e.decidedBy(), e.decidedBy());
        String at = e.decidedAt() == null ? "" : " at " + when.format(e.decidedAt());
        return switch (e.status()) {
            case APPROVED -> who + " approved " + e.decision() + at;
            case DENIED -> who + " denied it" + at + (e.reason() == null ? "" : ": " + e.reason());
            case TAKEN_OVER -> who + " took over the ticket" + at;
            default -> "pending";
        };
    }
}
