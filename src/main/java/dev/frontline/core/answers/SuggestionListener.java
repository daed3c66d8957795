package dev.frontline.core.answers;

import dev.frontline.core.TicketListener;
import dev.frontline.core.TicketMessage;
import dev.frontline.core.model.Action;
import dev.frontline.core.model.Button;
import dev.frontline.core.model.Ticket;

import java.util.ArrayList;
import java.util.List;

/**
 * On every customer message in a ticket: the three best macros for staff only, with a confidence
 * and a button to send each (runners-up below the confidence floor left out); or, plainly, that
 * nothing in the bank fits, recorded as a doc gap when {@link DocGapRule} says it is one.
 */
public final class SuggestionListener implements TicketListener {
    /**
     * Button ids: {@code sug:<ticketId>:<macroId>:<suggestion>}, the last part naming this list of
     * suggestions (the customer message's time), so that pressing one button twice sends once.
     */
    public static final String NAMESPACE = "sug";
    private static final int SHOWN = 3;

    private final AnswerBank bank;
    private final dev.frontline.core.port.Tally tally;
    private final dev.frontline.core.port.TicketStore tickets;
    private final double minConfidence;

    /**
     * @param tickets       the desk's tickets, for the history that tells an answer from a new question
     * @param minConfidence runners-up below this confidence are not shown (the best fitting macro always is)
     */
    public SuggestionListener(AnswerBank bank, dev.frontline.core.port.Tally tally, dev.frontline.core.port.TicketStore tickets,
                              double minConfidence) {
        this.bank = bank;
        this.tally = tally;
        this.tickets = tickets;
        this.minConfidence = minConfidence;
    }

    @Override
    public void prepare(dev.frontline.core.model.Inbound.Message message, dev.frontline.core.MessageMeaning meaning) {
        ranked(bank.matcher(), meaning);
    }

    private List<MacroMatcher.Match> ranked(MacroMatcher matcher, dev.frontline.core.MessageMeaning meaning) {
        return meaning.memo(matcher, () -> matcher.rank(meaning.text(), meaning.vector(bank.embedder()), SHOWN));
    }

    @Override
    public List<Action> onTicketMessage(TicketMessage message) {
        if (!message.fromCustomer()) return List.of();
        Ticket ticket = message.ticket();
        MacroMatcher matcher = bank.matcher();
        List<MacroMatcher.Match> ranked = ranked(matcher, message.meaning());
        List<MacroMatcher.Match> fits = ranked.stream().filter(matcher::fits).toList();
        List<MacroMatcher.Match> fitting = new ArrayList<>();
        for (int i = 0; i < fits.size(); i++) if (i == 0 || fits.get(i).confidence() >= minConfidence) fitting.add(fits.get(i));
        tally.suggestionsShown(fitting.size());
        if (fitting.isEmpty()) {
            boolean gap = DocGapRule.isGap(message.message().text(), message.opened() || message.reopened(), tickets.history(ticket.id()));
            if (gap) bank.store().recordGap(ticket.id(), message.message().text(), message.message().at());
            String closest = ranked.isEmpty() ? "" : String.format(" (closest: '%s', similarity %.2f)",
                    ranked.get(0).macro().title(), ranked.get(0).similarity());
            return List.of(new Action.StaffNote(ticket.place(), "Nothing in the answer bank fits this message on " + ticket.ref()
                    + closest + "." + (gap ? " Recorded as a doc gap." : "") + " Reply in your own words, or search with /macro <words>."));
        }
        StringBuilder text = new StringBuilder("Suggested replies for " + ticket.ref() + ":");
        List<Button> buttons = new ArrayList<>();
        String list = String.valueOf(message.message().at().toEpochMilli());
        for (int i = 0; i < fitting.size(); i++) {
            MacroMatcher.Match m = fitting.get(i);
            text.append(String.format("%n%d. %s (%s) — %.0f%% confident; like \"%s\"", i + 1, m.macro().title(), m.macro().id(),
                    100 * m.confidence(), m.nearestExample()));
            String id = NAMESPACE + ":" + ticket.id() + ":" + m.macro().id() + ":" + list;
            buttons.add(i == 0 ? Button.primary(id, "Send " + (i + 1)) : Button.of(id, "Send " + (i + 1)));
        }
        String escalate = fitting.get(0).macro().escalate();
        if (escalate != null) {
            text.append("\n⚠ The best match is a topic that must be escalated (").append(escalate).append("): use /escalate.");
        }
        text.append("\nSend one as is, edit it first (/macro edit <id>), or type your own reply.");
        return List.of(new Action.StaffNote(ticket.place(), text.toString(), buttons));
    }
}
