package dev.frontline.core.escalation;

import dev.frontline.core.model.Person;
import dev.frontline.core.model.Role;
import dev.frontline.core.model.Tier;
import dev.frontline.core.team.Team;

import java.util.Optional;

/** Who may decide a card: owners always; for a routed tier also that tier's members. Checked on every click. */
final class Deciders {
    private Deciders() {}

    static boolean mayDecide(Team team, String userId, String route) {
        Optional<Person> p = team.person(userId);
        if (p.isEmpty()) return false;
        if (p.get().role() == Role.OWNER) return true;
        return switch (route) {
            case "tier2" -> p.get().tier() == Tier.TIER2;
            case "tier3" -> p.get().tier() == Tier.TIER3;
            case "specialized" -> p.get().tier() == Tier.SPECIALIZED;
            default -> false;
        };
    }

    static String describe(String route) {
        return switch (route) {
            case "tier2" -> "owners and Tier 2";
            case "tier3" -> "owners and Tier 3";
            case "specialized" -> "owners and the specialized team";
            default -> "owners";
        };
    }
}
