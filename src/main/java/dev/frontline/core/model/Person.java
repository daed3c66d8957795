package dev.frontline.core.model;

import java.time.LocalDate;
import java.util.List;

/**
 * A member of the support team, from config. {@code ids} are their user ids on every platform
 * (console name, Slack U…, Discord snowflake). {@code guardedUntil}: a new agent works in guarded
 * mode until this date (inclusive); null means not guarded.
 */
public record Person(String name, Role role, List<String> ids, Tier tier, LocalDate guardedUntil) {
    public Person {
        ids = List.copyOf(ids);
        if (tier == null) tier = Tier.TIER1;
    }
}
