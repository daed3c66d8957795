package dev.frontline.config;

import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Checks coverage.yaml: the model, time zones, day names, hour intervals and the SLA. */
public final class CoverageValidator {
    static final List<String> MODELS = List.of("business_hours", "extended", "follow_the_sun");
    static final Set<String> DAYS = Set.of("mon", "tue", "wed", "thu", "fri", "sat", "sun");

    private CoverageValidator() {}

    static void validate(YamlFile file, CoverageConfig cfg, Problems problems) {
        if (!MODELS.contains(cfg.model())) {
            problems.add(file, "/model", "unknown coverage model '" + cfg.model() + "'",
                    TextDistance.closest(cfg.model(), MODELS, 4).map(m -> "did you mean '" + m + "'?")
                            .orElse("use business_hours, extended or follow_the_sun"));
        }
        if (cfg.schedules().isEmpty()) {
            problems.add(file, "/schedules", "no schedules", "add at least one weekly schedule");
        } else if ("follow_the_sun".equals(cfg.model()) && cfg.schedules().size() < 2) {
            problems.add(file, "/schedules", "follow_the_sun needs at least two schedules", "add one schedule per team and time zone");
        } else if (!"follow_the_sun".equals(cfg.model()) && cfg.schedules().size() > 1) {
            problems.add(file, "/model", cfg.model() + " uses one schedule but " + cfg.schedules().size() + " are given",
                    "use model: follow_the_sun for several schedules");
        }
        for (int i = 0; i < cfg.schedules().size(); i++) {
            CoverageConfig.WeeklySchedule s = cfg.schedules().get(i);
            String at = "/schedules/" + i;
            if (ZoneIds.parse(s.timezone()).isEmpty()) {
                problems.add(file, at + "/timezone", "unknown time zone '" + s.timezone() + "'", ZoneIds.hintFor(s.timezone()));
            }
            for (Map.Entry<String, List<String>> day : s.hours().entrySet()) {
                String dayAt = at + "/hours/" + day.getKey();
                if (!DAYS.contains(day.getKey())) {
                    problems.add(file, dayAt, "unknown day '" + day.getKey() + "'", "use mon, tue, wed, thu, fri, sat or sun");
                }
                for (int j = 0; j < day.getValue().size(); j++) {
                    String interval = day.getValue().get(j);
                    if (parseInterval(interval) == null) {
                        problems.add(file, dayAt + "/" + j, "bad interval '" + interval + "'",
                                "write HH:MM-HH:MM with the start before the end, e.g. 09:00-17:30 (24:00 ends at midnight)");
                    }
                }
            }
        }
        if (cfg.sla().firstResponse().isZero() || cfg.sla().firstResponse().isNegative()) {
            problems.add(file, "/sla/first_response", "first_response must be longer than zero", "e.g. first_response: 4h");
        }
        if (cfg.weeklyReview() != null && !DAYS.contains(cfg.weeklyReview().day())) {
            problems.add(file, "/weekly_review/day", "unknown day '" + cfg.weeklyReview().day() + "'", "use mon, tue, wed, thu, fri, sat or sun");
        }
        Double atRisk = cfg.sla().atRisk();
        if (atRisk != null && (atRisk <= 0 || atRisk >= 1)) {
            problems.add(file, "/sla/at_risk", "at_risk must be between 0 and 1", "e.g. 0.8 warns when 80% of the SLA is used");
        }
    }

    /** Parses "09:00-17:30" into start and end (end 24:00 = midnight); null if malformed or empty. */
    public static LocalTime[] parseInterval(String text) {
        if (text == null) return null;
        String[] parts = text.trim().split("\\s*-\\s*");
        if (parts.length != 2) return null;
        try {
            LocalTime start = LocalTime.parse(pad(parts[0]));
            LocalTime end = parts[1].equals("24:00") ? LocalTime.MAX : LocalTime.parse(pad(parts[1]));
            return start.isBefore(end) ? new LocalTime[]{start, end} : null;
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static String pad(String t) {
        return t.length() == 4 ? "0" + t : t;
    }
}
