package dev.frontline.core.trial;

import java.time.Instant;

/** A sample ticket opened for a trial: which ticket it became and when the candidate was done with it. */
public record TrialTicket(long trialId, int index, String sampleId, long ticketId, Instant openedAt, Instant doneAt) {}
