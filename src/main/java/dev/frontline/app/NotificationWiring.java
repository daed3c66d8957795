package dev.frontline.app;

import dev.frontline.config.BotConfig;
import dev.frontline.config.FrontlineConfig;
import dev.frontline.core.notify.NotificationPolicy;

import java.util.Set;

/** Turns {@code notifications:} of frontline.yaml into the core's policy, with the documented defaults. */
final class NotificationWiring {
    private NotificationWiring() {}

    static NotificationPolicy policy(BotConfig config) {
        FrontlineConfig.Notifications n = config.frontline().notifications();
        FrontlineConfig.Reminders r = n == null ? null : n.reminders();
        if (r == null) return NotificationPolicy.defaults();
        return new NotificationPolicy(r.backoff() == null || r.backoff().isEmpty() ? NotificationPolicy.DEFAULT_BACKOFF : r.backoff(),
                r.atShiftStart() == null || r.atShiftStart(), r.urgent() == null ? Set.of() : Set.copyOf(r.urgent()));
    }

    static double minConfidence(BotConfig config) {
        FrontlineConfig.Notifications n = config.frontline().notifications();
        return n == null || n.suggestions() == null || n.suggestions().minConfidence() == null ? dev.frontline.core.answers.AnswersFeature.DEFAULT_MIN_CONFIDENCE
                : n.suggestions().minConfidence();
    }

}
