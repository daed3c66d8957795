package dev.frontline.app;

import dev.frontline.config.BotConfig;
import dev.frontline.config.EscalationConfig;
import dev.frontline.core.answers.AnswerBank;
import dev.frontline.core.escalation.CategoryRules;
import dev.frontline.core.escalation.EscalationPolicy;
import dev.frontline.core.escalation.Flag;
import dev.frontline.core.escalation.MacroEscalationHint;
import dev.frontline.core.model.Channels;

import java.time.LocalTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/** Turns escalation.yaml into the core's policy for one platform, and connects the answer bank's hint. */
final class EscalationWiring {
    private static final double DEFAULT_SIMILARITY = 0.84;

    private EscalationWiring() {}

    static EscalationPolicy policy(BotConfig config, String platform, Channels channels) {
        EscalationConfig c = config.escalation();
        Map<String, CategoryRules> categories = new LinkedHashMap<>();
        c.categories().forEach((name, cat) -> categories.put(name, new CategoryRules(name, !Boolean.FALSE.equals(cat.enabled()),
                cat.keywords(), cat.patterns() == null ? null : cat.patterns().stream().map(Pattern::compile).toList(),
                cat.examples(), cat.similarity() == null ? DEFAULT_SIMILARITY : cat.similarity(), cat.route(), cat.nextSteps())));
        Map<String, String> routes = new HashMap<>();
        if (c.routes() != null) c.routes().forEach((route, perPlatform) -> {
            String channel = perPlatform.get(platform);
            if (channel != null) routes.put(route, channel.replaceFirst("^#", ""));
        });
        EscalationConfig.RefundPolicy r = c.refundPolicy();
        EscalationConfig.Vip vip = c.vip() == null ? new EscalationConfig.Vip(null, null, null) : c.vip();
        return new EscalationPolicy(platform, categories, routes, channels.owner(), c.repingAfter(), c.stuckAfter(),
                new EscalationPolicy.RefundLimits(new dev.frontline.core.model.Money(r.maxAmount().movePointRight(2).setScale(0,
                        java.math.RoundingMode.UNNECESSARY).longValueExact(), r.currency()), r.maxDays(), r.maxPerCustomer(), r.period()),
                new EscalationPolicy.Vip(vip.customerIds(), vip.emailDomains(), vip.plans()),
                c.guardedDigestAt() == null ? LocalTime.of(17, 0) : c.guardedDigestAt(),
                ZoneId.of(config.frontline().workspace().timezone()));
    }

    static MacroEscalationHint hint(AnswerBank bank) {
        return text -> bank.escalationHint(text)
                .map(e -> new Flag(e.getKey(), "the best-matching macro '" + e.getValue() + "' is marked escalate"));
    }
}
