package dev.frontline.config;

import dev.frontline.core.model.Tier;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Checks what types alone cannot in frontline.yaml: time zone, roles, tiers, unique ids, platform names. */
final class FrontlineValidator {
    private static final Set<String> ROLES = Set.of("agent", "lead", "owner");

    private FrontlineValidator() {}

    static void validate(YamlFile file, FrontlineConfig cfg, Problems problems) {
        String tz = cfg.workspace().timezone();
        if (ZoneIds.parse(tz).isEmpty()) {
            problems.add(file, "/workspace/timezone", "unknown time zone '" + tz + "'", ZoneIds.hintFor(tz));
        }
        Map<String, String> seen = new HashMap<>();
        List<FrontlineConfig.Member> team = cfg.team();
        for (int i = 0; i < team.size(); i++) {
            FrontlineConfig.Member m = team.get(i);
            String at = "/team/" + i;
            if (!ROLES.contains(m.role().toLowerCase())) {
                problems.add(file, at + "/role", "unknown role '" + m.role() + "'", "use agent, lead or owner");
            }
            if (m.ids().isEmpty()) {
                problems.add(file, at + "/ids", m.name() + " has no user ids", "list their console name and platform user ids");
            }
            for (int j = 0; j < m.ids().size(); j++) {
                String id = m.ids().get(j);
                String other = seen.putIfAbsent(id, m.name());
                if (other != null) {
                    problems.add(file, at + "/ids/" + j, "user id '" + id + "' is listed for both " + other + " and " + m.name(),
                            "each id belongs to one person");
                }
            }
            if (m.tier() != null && Tier.parse(m.tier()).isEmpty()) {
                problems.add(file, at + "/tier", "unknown tier '" + m.tier() + "'", "use 1, 2, 3 or specialized");
            }
        }
        cfg.channels().forEach((platform, channels) -> {
            if (!ConfigLoader.PLATFORMS.contains(platform)) {
                problems.add(file, "/channels/" + platform, "unknown platform '" + platform + "'",
                        TextDistance.closest(platform, ConfigLoader.PLATFORMS, 3).map(p -> "did you mean '" + p + "'?")
                                .orElse("use console, slack or discord"));
            }
            if (channels.tickets().isEmpty()) {
                problems.add(file, "/channels/" + platform + "/tickets", "no ticket channels for " + platform,
                        "list at least one channel where customers write");
            }
        });
        if (cfg.retention() != null) {
            retention(file, "/retention/messages", cfg.retention().messages(), problems);
            retention(file, "/retention/audit", cfg.retention().audit(), problems);
        }
        validateNotifications(file, cfg.notifications(), problems);
        if (!cfg.channels().containsKey("console")) {
            problems.add(file, "/channels", "no channels for the console platform", "add 'console:' with tickets, owner and team");
        }
    }

    private static void validateNotifications(YamlFile file, FrontlineConfig.Notifications n, Problems problems) {
        if (n == null) return;
        FrontlineConfig.Reminders r = n.reminders();
        if (r != null && r.backoff() != null) {
            String at = "/notifications/reminders/backoff";
            if (r.backoff().isEmpty()) problems.add(file, at, "no back-off steps", "e.g. [30m, 1h, 2h], or leave the key out for the defaults");
            for (int i = 0; i < r.backoff().size(); i++) {
                java.time.Duration step = r.backoff().get(i);
                if (step == null || step.compareTo(java.time.Duration.ofMinutes(5)) < 0) {
                    problems.add(file, at + "/" + i, "a back-off step must be at least 5 minutes", "e.g. 30m");
                } else if (i > 0 && r.backoff().get(i - 1) != null && step.compareTo(r.backoff().get(i - 1)) < 0) {
                    problems.add(file, at + "/" + i, "back-off steps must not get shorter (" + step.toMinutes() + " min after "
                            + r.backoff().get(i - 1).toMinutes() + " min)", "each wait is at least as long as the one before");
                }
            }
        }
        if (r != null && r.urgent() != null) {
            for (int i = 0; i < r.urgent().size(); i++) {
                String c = r.urgent().get(i);
                if (c == null || !c.matches("[a-z][a-z0-9_]*")) {
                    problems.add(file, "/notifications/reminders/urgent/" + i, "'" + c + "' is not a category name",
                            "use a category of escalation.yaml, e.g. privacy_security");
                }
            }
        }
        if (n.suggestions() != null && n.suggestions().minConfidence() != null) {
            double f = n.suggestions().minConfidence();
            if (f < 0 || f >= 1) {
                problems.add(file, "/notifications/suggestions/min_confidence", "min_confidence must be from 0 to below 1",
                        "e.g. 0.1 (10%)");
            }
        }
    }

    /** Urgent categories must be categories of escalation.yaml (a typo would silently never be urgent). */
    static void checkUrgentCategories(YamlFile file, FrontlineConfig cfg, Set<String> categories, Problems problems) {
        if (cfg.notifications() == null || cfg.notifications().reminders() == null || cfg.notifications().reminders().urgent() == null) return;
        List<String> urgent = cfg.notifications().reminders().urgent();
        for (int i = 0; i < urgent.size(); i++) {
            String c = urgent.get(i);
            if (c == null || categories.contains(c) || !c.matches("[a-z][a-z0-9_]*")) continue;
            problems.add(file, "/notifications/reminders/urgent/" + i, "unknown escalation category '" + c + "'",
                    TextDistance.closest(c, categories, 3).map(x -> "did you mean '" + x + "'?")
                            .orElse("use a category of " + ConfigLoader.ESCALATION_FILE));
        }
    }

    /** A window under a day would purge what the team is still working on. */
    private static void retention(YamlFile file, String at, java.time.Duration window, Problems problems) {
        if (window != null && window.compareTo(java.time.Duration.ofDays(1)) < 0) {
            problems.add(file, at, "retention of " + window.toHours() + " h is shorter than a day",
                    "use days, e.g. 365d; leave the key out to keep that data");
        }
    }
}
