package dev.frontline.core.trial;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Durable trials and their sample tickets. Every write is committed when the method returns. */
public interface TrialStore {

    Trial create(String platform, String candidateId, String candidateName, String startedBy, String channel, Instant at);

    Optional<Trial> find(long id);

    /** Newest first. */
    List<Trial> list(int limit);

    List<Trial> running();

    void addTicket(TrialTicket ticket);

    /** The trial ticket that became this ticket, if any. */
    Optional<TrialTicket> byTicket(long ticketId);

    List<TrialTicket> tickets(long trialId);

    /** Marks a trial ticket done; returns false when it already was (so progress happens once). */
    boolean markDone(long trialId, int index, Instant at);

    void advance(long trialId, int nextIndex);

    /** Ends a trial; returns false when it had already ended. */
    boolean finish(long trialId, Trial.Status status, Instant at, String scorecard);
}
