package dev.frontline.core.metrics;

import java.time.Duration;

/**
 * The three honest numbers (and the clean-close rate) over a window.
 *
 * @param firstResponse median covered time to the first reply, null when no ticket got one
 * @param resolution    median covered time to resolution or to a proper escalation, null when none
 * @param csatHelpful   "yes" answers; {@code csatAnswered} all answers
 * @param cleanCloses   resolved with no reopen and at most two customer follow-ups, of {@code closed}
 */
public record Metrics(int opened, int closed, Duration firstResponse, Duration resolution, int csatHelpful, int csatAnswered,
                      int cleanCloses) {

    public String csat() {
        return csatAnswered == 0 ? "no answers yet" : Math.round(100.0 * csatHelpful / csatAnswered) + "% helpful (" + csatAnswered + (csatAnswered == 1 ? " answer)" : " answers)");
    }

    public String cleanCloseRate() {
        return closed == 0 ? "n/a" : Math.round(100.0 * cleanCloses / closed) + "%";
    }

    public static String duration(Duration d) {
        if (d == null) return "n/a";
        long m = d.toMinutes();
        if (m < 60 && d.toSeconds() % 60 != 0) {
            // A median of 13 and 20 min is 16.5 min: shown as such, not cut to 16.
            return String.format(java.util.Locale.ROOT, "%.1f min", d.toSeconds() / 60.0);
        }
        return m < 60 ? m + " min" : (m / 60) + " h " + (m % 60) + " min";
    }

    public String summary() {
        return "first response " + duration(firstResponse) + " (median, covered time), resolution " + duration(resolution)
                + " (median), CSAT " + csat() + ", clean closes " + cleanCloseRate();
    }
}
