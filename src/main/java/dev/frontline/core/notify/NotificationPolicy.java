package dev.frontline.core.notify;

import java.time.Duration;
import java.util.List;
import java.util.Set;

/**
 * When an undecided card is reminded ({@code notifications.reminders} in frontline.yaml).
 *
 * @param backoff      waits between reminders: the first after the card was posted, each next one after the previous
 *                     reminder (non-decreasing, so no two reminders are closer than the first step)
 * @param atShiftStart after the back-off steps: once at the start of each shift while the card waits
 * @param urgent       categories reminded outside coverage too; every other category only while the team covers support
 */
public record NotificationPolicy(List<Duration> backoff, boolean atShiftStart, Set<String> urgent) {
    public static final List<Duration> DEFAULT_BACKOFF = List.of(Duration.ofMinutes(30), Duration.ofHours(1), Duration.ofHours(2));

    public NotificationPolicy {
        backoff = List.copyOf(backoff);
        urgent = Set.copyOf(urgent);
        if (backoff.isEmpty()) throw new IllegalArgumentException("at least one back-off step");
    }

    public static NotificationPolicy defaults() {
        return new NotificationPolicy(DEFAULT_BACKOFF, true, Set.of());
    }

    /** No reminder follows another sooner than this. */
    public Duration minimumGap() {
        return backoff.get(0);
    }
}
