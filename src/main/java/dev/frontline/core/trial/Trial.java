package dev.frontline.core.trial;

import java.time.Instant;

/**
 * One candidate's trial run.
 *
 * @param channel      where the sample tickets are posted
 * @param currentIndex index of the sample ticket being worked on (0-based)
 * @param scorecard    the rendered scorecard once finished, else null
 */
public record Trial(long id, String platform, String candidateId, String candidateName, String startedBy, String channel,
                    Instant startedAt, Instant finishedAt, Status status, int currentIndex, String scorecard) {

    public enum Status { RUNNING, FINISHED, CANCELLED }

    public String ref() {
        return "trial #" + id;
    }
}
