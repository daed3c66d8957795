package dev.frontline.platform.console;

import dev.frontline.core.model.Action;
import dev.frontline.core.model.Button;
import dev.frontline.core.model.Card;
import dev.frontline.core.model.Form;
import dev.frontline.core.model.Place;

import java.time.Instant;
import java.util.List;

/**
 * One performed action flattened for display: the shape of replay's JSON output lines and of the
 * console's printed messages.
 *
 * @param audience {@code public}, {@code staff}, {@code owners} or {@code user:<id>}
 * @param kind     {@code reply}, {@code note}, {@code private}, {@code card}, {@code card_update}, {@code form}, {@code file}
 * @param ref      card id (cards), form id (forms) or file name (files); null otherwise
 */
public record ActionView(Instant at, String channel, String thread, String audience, String kind, String text,
                         List<Button> buttons, String ref) {

    /**
     * Flattens {@code action}; for a card update, {@code cardPlace} and {@code cardAudience} are where and
     * for whom the card was first posted (may be null).
     */
    public static ActionView of(Action action, Instant at, Place cardPlace, String cardAudience) {
        if (action instanceof Action.Reply r) {
            return new ActionView(at, r.place().channel(), r.place().thread(), "public", "reply", r.text(), r.buttons(), null);
        }
        if (action instanceof Action.StaffNote n) {
            // One person plays every part at the console: a note about a ticket is shown with the ticket.
            Place shown = n.about() != null ? n.about() : n.place();
            return new ActionView(at, shown.channel(), shown.thread(), "staff", "note", n.text(), n.buttons(), null);
        }
        if (action instanceof Action.PrivateReply p) {
            return new ActionView(at, p.place().channel(), p.place().thread(), "user:" + p.userId(), "private", p.text(), p.buttons(), null);
        }
        if (action instanceof Action.PostCard c) {
            return new ActionView(at, c.place().channel(), c.place().thread(), c.audience().label(), "card",
                    c.card().asText(), c.card().buttons(), c.card().id());
        }
        if (action instanceof Action.UpdateCard u) {
            Card card = u.card();
            return new ActionView(at, cardPlace == null ? null : cardPlace.channel(), cardPlace == null ? null : cardPlace.thread(),
                    cardAudience == null ? "owners" : cardAudience, "card_update", card.asText(), card.buttons(), card.id());
        }
        if (action instanceof Action.OpenForm f) {
            return new ActionView(at, f.place().channel(), f.place().thread(), "user:" + f.userId(), "form",
                    formText(f.form()), List.of(), f.form().id());
        }
        if (action instanceof Action.UploadFile u) {
            return new ActionView(at, u.place().channel(), u.place().thread(), u.audience().label(), "file",
                    u.caption(), List.of(), u.fileName());
        }
        throw new IllegalArgumentException("unknown action " + action);
    }

    private static String formText(Form form) {
        StringBuilder b = new StringBuilder(form.title());
        for (Form.Input in : form.inputs()) {
            b.append('\n').append(in.name()).append(in.required() ? "*" : "").append(" (").append(in.label()).append("): ")
                    .append(in.prefill() == null ? "" : in.prefill());
        }
        return b.toString();
    }
}
