package dev.frontline.core.trial;

import dev.frontline.core.model.TicketEvent;

import java.util.regex.Pattern;

/**
 * How the simulated customer (and the scorer) read a candidate's reply: a question, or a reply that
 * brushes the customer off ("works fine for me, must be your computer").
 */
final class ReplyReading {
    private static final Pattern DISMISSIVE = Pattern.compile("\\b(works? (fine |ok |just fine )?(for|on) (me|my (end|side|machine))"
            + "|must be (your|on your)|your (computer|browser|fault|problem|internet)|not (our|my) (problem|fault)"
            + "|nothing (we|i) can do|can'?t help (you )?with that|user error|just google|read the (manual|docs|faq)"
            + "|try again later|deal with it|calm down)\\b", Pattern.CASE_INSENSITIVE);

    private ReplyReading() {}

    static boolean isDismissive(String text) {
        return text != null && DISMISSIVE.matcher(text).find();
    }

    /** A reply that asks the customer something (typed, or a macro that asks, as the scorer counts it). */
    static boolean isQuestion(TicketEvent reply) {
        return reply.text() != null && reply.text().contains("?");
    }

    /** What the simulated customer says to a dismissive reply. */
    static String complaint(SampleTicket sample) {
        return "That's not helpful, and it isn't my computer. I'd like someone to actually look into it: " + sample.message();
    }

    /** What the simulated customer says to a macro that answers another question. */
    static String wrongAnswer(SampleTicket sample) {
        return "That doesn't answer my question. Again: " + sample.message();
    }

    /** What the simulated customer says when the candidate answered without asking what the ticket needs. */
    static String askAgain(SampleTicket sample) {
        return "I'm not sure that applies to me, nobody asked what I'm seeing. " + sample.message();
    }
}
