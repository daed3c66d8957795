package dev.frontline.core.answers;

import dev.frontline.core.model.EventType;
import dev.frontline.core.model.TicketEvent;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DocGapRuleTest {
    private static final Instant T = Instant.parse("2026-11-24T09:00:00Z");

    private static TicketEvent customer(String text) {
        return TicketEvent.of(1, EventType.CUSTOMER_MESSAGE, "c", text, null, T);
    }

    private static TicketEvent agent(String text) {
        return TicketEvent.of(1, EventType.AGENT_REPLY, "alex", text, null, T);
    }

    @Test
    void theOpeningMessageThatNothingFitsIsAGap() {
        assertTrue(DocGapRule.isGap("Do you ship to Iceland?", true, List.of(customer("Do you ship to Iceland?"))));
    }

    @Test
    void anAnswerToTheAgentsQuestionOrRequestIsNoGap() {
        List<TicketEvent> asked = List.of(customer("I was charged twice"), agent("Which dates, and how much each?"),
                customer("Both on 22 Nov, 29 EUR each"));
        assertFalse(DocGapRule.isGap("Both on 22 Nov, 29 EUR each", false, asked));
        List<TicketEvent> requested = List.of(customer("My order never came"), agent("Sorry! Please send me your order number."),
                customer("It is 4711 from Monday"));
        assertFalse(DocGapRule.isGap("It is 4711 from Monday", false, requested));
    }

    @Test
    void aNewQuestionLaterOnIsAGapButChitChatIsNot() {
        List<TicketEvent> told = List.of(customer("I can't log in"), agent("Use Forgot password on the sign-in page."),
                customer("Also, can I export my invoices as CSV?"));
        assertTrue(DocGapRule.isGap("Also, can I export my invoices as CSV?", false, told));
        assertTrue(DocGapRule.isGap("Both on 22 Nov. And how do I export invoices?", false,
                List.of(agent("Which dates?"), customer("Both on 22 Nov. And how do I export invoices?"))), "answering and asking anew");
        assertFalse(DocGapRule.isGap("ok thanks", false, told));
    }
}
