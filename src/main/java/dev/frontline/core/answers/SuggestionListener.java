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
 * and a button to send each; or, plainly, that nothing in the bank fits (recorded as a doc gap).
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

    public SuggestionListener(AnswerBank bank) {
        this(bank, dev.frontline.core.port.Tally.NONE);
    }

    public SuggestionListener(AnswerBank bank, dev.frontline.core.port.Tally tally) {
        this.bank = bank;
        this.tally = tally;
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
        List<MacroMatcher.Match> fitting = ranked.stream().filter(matcher::fits).toList();
        tally.suggestionsShown(fitting.size());
        if (fitting.isEmpty()) {
            // "ok", "thanks!" fit nothing but are no gap in the docs.
            boolean substantive = message.message().text().trim().split("\\s+").length >= 3;
            if (substantive) bank.store().recordGap(ticket.id(), message.message().text(), message.message().at());
            String closest = ranked.isEmpty() ? "" : String.format(" (closest: '%s', similarity %.2f)",
                    ranked.get(0).macro().title(), ranked.get(0).similarity());
            return List.of(new Action.StaffNote(ticket.place(), "Nothing in the answer bank fits this message on " + ticket.ref()
                    + closest + "." + (substantive ? " Recorded as a doc gap." : "") + " Reply in your own words, or search with /macro <words>."));
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
