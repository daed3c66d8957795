package dev.frontline.core.answers;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Durable learning and gaps of the answer bank. Writes are committed when the method returns. */
public interface AnswerStore {

    /** Proposes {@code text} as an example for a macro; false if it was proposed before. */
    boolean propose(String macroId, String text, Long ticketId, String proposedBy, Instant at);

    List<LearnedExample> pending();

    /** Accepts or rejects a pending example; false if it was not pending. */
    boolean decide(long id, boolean accept, String by, Instant at);

    /** Accepted examples by macro id. */
    Map<String, List<String>> accepted();

    void recordGap(Long ticketId, String text, Instant at);

    /** Doc gaps in [from, to): customer messages no macro fitted. */
    List<DocGap> gaps(Instant from, Instant to);

    record DocGap(long id, Long ticketId, String text, Instant at) {}
}
