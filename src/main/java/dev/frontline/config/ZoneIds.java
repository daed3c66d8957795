package dev.frontline.config;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Optional;

/** Time zone names from config, checked, with a close match offered for typos. */
final class ZoneIds {
    private ZoneIds() {}

    static Optional<ZoneId> parse(String text) {
        if (text == null) return Optional.empty();
        try {
            return Optional.of(ZoneId.of(text.trim()));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    static String hintFor(String text) {
        String t = text == null ? "" : text.trim();
        String suggestion = TextDistance.closest(t, ZoneId.getAvailableZoneIds(), Math.max(3, t.length() / 4))
                .map(z -> "did you mean '" + z + "'? ").orElse("");
        return suggestion + "use an IANA time zone name such as Europe/Berlin or America/New_York";
    }
}
