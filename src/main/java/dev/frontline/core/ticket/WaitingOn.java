package dev.frontline.core.ticket;

import java.util.regex.Pattern;

/**
 * Who a staff reply leaves the ticket waiting on. A question or an answer hands the ball to the
 * customer (and starts the follow-up clock); a promise of an update ("I'll get back to you", "as
 * soon as it's fixed") keeps it with us, so the customer is not nudged "did that solve it?" about
 * something we still owe them.
 */
public enum WaitingOn {
    US, CUSTOMER;

    private static final Pattern PROMISE = Pattern.compile("\\b(i'?ll|i will|we'?ll|we will|let me|i'?m|we'?re|i am|we are)\\s+"
            + "(get back|come back|update|let you know|follow up|check|look into|looking into|checking|investigating|keep you (posted|updated)"
            + "|confirm|report back|be in touch|write (again|back)|ping you)"
            + "|\\bas soon as (it'?s|it is|we|they|this|that)\\b|\\bonce (it'?s|it is|we|they|this is|that is) (fixed|resolved|done|sorted|ready)"
            + "|\\bkeep you (posted|updated)\\b|\\b(i'?ve|we'?ve|i have|we have) passed (it|this) (on|to)\\b|\\bwill (get back|update you|confirm)\\b",
            Pattern.CASE_INSENSITIVE);

    /** A question always waits on the customer; otherwise a promise of an update waits on us. */
    public static WaitingOn after(String reply) {
        if (reply == null) return CUSTOMER;
        if (reply.contains("?")) return CUSTOMER;
        return PROMISE.matcher(reply).find() ? US : CUSTOMER;
    }
}
