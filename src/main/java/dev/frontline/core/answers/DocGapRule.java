package dev.frontline.core.answers;

import dev.frontline.core.model.EventType;
import dev.frontline.core.model.TicketEvent;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Which customer messages that no macro fits are doc gaps: the message that opened the ticket, or
 * a new question later on. An answer to something the agent asked ("Both on 22 Nov, 29 EUR each")
 * is no gap in the docs, however little the bank fits it; nor is chit-chat ("ok", "thanks!").
 */
final class DocGapRule {
    /** An agent's reply that asks the customer for something. */
    private static final Pattern ASKS = Pattern.compile("\\?|(?i)\\b(please (send|share|tell|confirm|check|provide|attach)|let me know"
            + "|can you|could you|would you)\\b");

    private DocGapRule() {}

    /** @param history the ticket's history, this message included */
    static boolean isGap(String text, boolean opened, List<TicketEvent> history) {
        if (text.trim().split("\\s+").length < 3) return false;
        if (opened) return true;
        if (!answersTheAgent(history)) return true;
        // Answering, but asking something new as well.
        return text.contains("?");
    }

    /** True when the latest staff reply before this message asked the customer something. */
    static boolean answersTheAgent(List<TicketEvent> history) {
        for (int i = history.size() - 1; i >= 0; i--) {
            TicketEvent e = history.get(i);
            if (e.type() == EventType.AGENT_REPLY) return e.text() != null && ASKS.matcher(e.text()).find();
        }
        return false;
    }
}
