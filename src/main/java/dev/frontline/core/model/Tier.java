package dev.frontline.core.model;

import java.util.Locale;
import java.util.Optional;

/** Support tier a ticket sits at: Tier 1 handles it unless it is moved up. */
public enum Tier {
    TIER1("1"), TIER2("2"), TIER3("3"), SPECIALIZED("specialized");

    private final String label;

    Tier(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Accepts "1", "tier1", "tier-2", "specialized", case-insensitive. */
    public static Optional<Tier> parse(String text) {
        if (text == null) return Optional.empty();
        String t = text.trim().toLowerCase(Locale.ROOT).replace("tier", "").replace("-", "").replace("_", "").trim();
        for (Tier tier : values()) {
            if (tier.label.equals(t)) return Optional.of(tier);
        }
        return Optional.empty();
    }
}
