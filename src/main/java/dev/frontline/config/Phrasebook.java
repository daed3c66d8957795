package dev.frontline.config;

import java.util.List;
import java.util.Map;

/**
 * The escalation phrasebook of {@code bot-config/escalation/}: per category (and {@code none}, ordinary
 * Tier 1 messages) the phrasings customers use, each with the file and line it came from.
 *
 * @param lines phrasings by category, in file order; categories without a file are absent
 */
public record Phrasebook(Map<String, List<Line>> lines) {
    /** The label of ordinary messages: the phrasebook's negatives. */
    public static final String NONE = "none";
    /** Where the phrasebook lives inside the config folder. */
    public static final String FOLDER = "escalation";

    public Phrasebook {
        lines = Map.copyOf(lines);
    }

    /** One phrasing. {@code file} and {@code line} say where it was written, for evidence and problems. */
    public record Line(String category, String text, String file, int line) {}

    public int size() {
        return lines.values().stream().mapToInt(List::size).sum();
    }

    public static Phrasebook empty() {
        return new Phrasebook(Map.of());
    }
}
