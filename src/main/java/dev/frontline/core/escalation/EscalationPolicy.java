package dev.frontline.core.escalation;

import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Escalation settings for one platform.
 *
 * @param routeChannels channel of each routed queue (tier2, tier3, specialized) on this platform
 * @param ownerChannel  where owner-routed cards go
 * @param platform      the platform these channels are on
 * @param whenInDoubt   0 to below 1: the trained model flags a category at {@code threshold × (1 - whenInDoubt)}
 */
public record EscalationPolicy(String platform, Map<String, CategoryRules> categories, Map<String, String> routeChannels, String ownerChannel,
                               Duration repingAfter, Duration stuckAfter, RefundLimits refunds, Vip vip,
                               LocalTime guardedDigestAt, ZoneId zone, double whenInDoubt) {

    public EscalationPolicy(String platform, Map<String, CategoryRules> categories, Map<String, String> routeChannels, String ownerChannel,
                            Duration repingAfter, Duration stuckAfter, RefundLimits refunds, Vip vip,
                            LocalTime guardedDigestAt, ZoneId zone) {
        this(platform, categories, routeChannels, ownerChannel, repingAfter, stuckAfter, refunds, vip, guardedDigestAt, zone, 0);
    }

    /** The model score at which {@code rules} flags, the knob applied; empty when the model does not flag it. */
    public java.util.OptionalDouble modelThreshold(CategoryRules rules) {
        return rules.threshold() == null ? java.util.OptionalDouble.empty()
                : java.util.OptionalDouble.of(rules.threshold() * (1 - whenInDoubt));
    }

    /**
     * @param maxAmount the largest refund in policy; its currency (may be null) is the account's
     * @param period    the window {@code maxPerCustomer} counts refunds in
     */
    public record RefundLimits(dev.frontline.core.model.Money maxAmount, int maxDays, int maxPerCustomer, Duration period) {}

    public record Vip(List<String> customerIds, List<String> emailDomains, List<String> plans) {
        public Vip {
            customerIds = customerIds == null ? List.of() : List.copyOf(customerIds);
            emailDomains = emailDomains == null ? List.of() : List.copyOf(emailDomains);
            plans = plans == null ? List.of() : List.copyOf(plans);
        }
    }

    public Optional<CategoryRules> category(String name) {
        return Optional.ofNullable(categories.get(name));
    }

    public boolean enabled(String name) {
        return category(name).map(CategoryRules::enabled).orElse(false);
    }

    /** Where a card of this category goes: its route's queue, or the owner channel. */
    public String channelFor(String category) {
        String route = category(category).map(CategoryRules::route).orElse("owner");
        return route.equals("owner") ? ownerChannel : routeChannels.getOrDefault(route, ownerChannel);
    }

    /** {@link #channelFor} as a place on this policy's platform. */
    public dev.frontline.core.model.Place placeFor(String category) {
        return dev.frontline.core.model.Place.channel(platform, channelFor(category));
    }

    public dev.frontline.core.model.Place ownerPlace() {
        return dev.frontline.core.model.Place.channel(platform, ownerChannel);
    }

    public String routeOf(String category) {
        return category(category).map(CategoryRules::route).orElse("owner");
    }
}
