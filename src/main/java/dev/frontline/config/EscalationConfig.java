package dev.frontline.config;

import java.time.Duration;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;

/**
 * {@code bot-config/escalation.yaml}: when Tier 1 must hand a ticket up, where the card goes, and
 * the refund guardrails.
 *
 * @param categories   detectors by category name; the defaults are angry, chargeback, public_threat,
 *                     critical_bug, refund, privacy_security, vip and stuck
 * @param routes       queue channels per platform for tier2, tier3 and specialized (owner uses the owner channel)
 * @param repingAfter  no longer read (older configs may keep it): reminders of undecided cards follow
 *                     {@code notifications.reminders} in frontline.yaml
 * @param stuckAfter   an assigned ticket with no progress for this long is flagged "stuck"
 * @param escalateWhenInDoubt how readily the trained model flags: 0 uses each category's {@code threshold} as
 *                     measured, 0.5 flags at half of it; the one global knob (null: 0)
 */
public record EscalationConfig(@Required Map<String, Category> categories, Map<String, Map<String, String>> routes,
                               Duration repingAfter, @Required Duration stuckAfter, @Required RefundPolicy refundPolicy,
                               Vip vip, LocalTime guardedDigestAt, Double escalateWhenInDoubt) {

    /**
     * @param keywords   words or phrases that flag on their own (case-insensitive, whole words)
     * @param patterns   regular expressions that flag on their own
     * @param examples   phrasings compared by meaning; a message at least {@code similarity} close flags
     *                   (they also join the category's phrasebook lines in {@code escalation/<category>.txt})
     * @param threshold  the trained model's confidence (0-1) at which this category flags; null: the model does not
     *                   flag it (rules and examples still do)
     * @param route      owner (default), tier2, tier3 or specialized
     * @param nextSteps  exactly two suggested next steps pre-filled on the card
     * @param ownerCopy  for a card routed to a tier: how the owner channel sees it too, {@code mirror} (default: a
     *                   live copy, updated with the card) or {@code card} (a second card with the decision buttons)
     */
    public record Category(Boolean enabled, List<String> keywords, List<String> patterns, List<String> examples,
                           Double similarity, Double threshold, String route, List<String> nextSteps, String ownerCopy) {}

    public static final java.util.Set<String> OWNER_COPIES = java.util.Set.of("mirror", "card");

    /**
     * @param maxAmount          largest refund an agent may grant alone, in whole units (cents as decimals: 99.50)
     * @param maxDays            days since purchase within which a refund is in policy
     * @param maxPerCustomer     refunds per customer within {@code period}
     * @param currency           ISO code of the account's currency (e.g. EUR); an amount typed in another one is outside policy
     */
    public record RefundPolicy(@Required java.math.BigDecimal maxAmount, @Required Integer maxDays, @Required Integer maxPerCustomer,
                               @Required Duration period, String currency) {}

    /** Who counts as enterprise/VIP: platform user ids, email domains in their messages, plan names they mention. */
    public record Vip(List<String> customerIds, List<String> emailDomains, List<String> plans) {}

    public static final List<String> ROUTES = List.of("owner", "tier2", "tier3", "specialized");
}
