package dev.frontline.core.notify;

import dev.frontline.core.shift.Coverage;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Decides whether an undecided card is reminded now. Each back-off step counts from the previous
 * reminder actually sent, so steps that fell outside coverage do not pile up: they become one
 * reminder when coverage opens. After the last step, one reminder at the start of each shift.
 */
public final class ReminderClock {
    private final NotificationPolicy policy;
    private final Coverage coverage;

    public ReminderClock(NotificationPolicy policy, Coverage coverage) {
        this.policy = policy;
        this.coverage = coverage;
    }

    /**
     * @param reminded how often and when the card was reminded so far (null: never)
     * @return the number of this reminder (1 for the first), or empty when none is due
     */
    public Optional<Integer> due(Instant postedAt, String category, NotifyStore.Reminded reminded, Instant now) {
        int sent = reminded == null ? 0 : reminded.sent();
        Instant last = reminded == null ? postedAt : reminded.lastSentAt();
        boolean covered = coverage.isCovered(now);
        if (sent < policy.backoff().size()) {
            if (now.isBefore(last.plus(policy.backoff().get(sent)))) return Optional.empty();
            if (!covered && !policy.urgent().contains(category)) return Optional.empty();
            return Optional.of(sent + 1);
        }
        if (!policy.atShiftStart() || !covered) return Optional.empty();
        if (Duration.between(last, now).compareTo(policy.minimumGap()) < 0) return Optional.empty();
        return coverage.lastShiftStart(last, now).map(start -> sent + 1);
    }
}
