package dev.frontline.config;

import java.util.Map;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/** Checks escalation.yaml: regexes compile, routes exist, two next steps, sane thresholds and policy. */
final class EscalationValidator {
    private EscalationValidator() {}

    static void validate(YamlFile file, EscalationConfig cfg, Problems problems) {
        cfg.categories().forEach((name, c) -> {
            String at = "/categories/" + name;
            if (!name.matches("[a-z][a-z0-9_]*")) {
                problems.add(file, at, "category name '" + name + "' must be lower_snake_case", "e.g. public_threat");
            }
            if (c.patterns() != null) {
                for (int i = 0; i < c.patterns().size(); i++) {
                    try {
                        Pattern.compile(c.patterns().get(i));
                    } catch (PatternSyntaxException e) {
                        problems.add(file, at + "/patterns/" + i, "bad regular expression: " + e.getDescription(), "check brackets and escapes");
                    }
                }
            }
            if (c.ownerCopy() != null && !EscalationConfig.OWNER_COPIES.contains(c.ownerCopy())) {
                problems.add(file, at + "/owner_copy", "unknown owner_copy '" + c.ownerCopy() + "'",
                        "use mirror (a live copy in the owner channel) or card (a second card with the buttons)");
            }
            if (c.route() != null && !EscalationConfig.ROUTES.contains(c.route())) {
                problems.add(file, at + "/route", "unknown route '" + c.route() + "'", "use owner, tier2, tier3 or specialized");
            }
            if (c.nextSteps() != null && c.nextSteps().size() != 2) {
                problems.add(file, at + "/next_steps", "give exactly two next steps", "the owner picks one of two options on the card");
            }
            if (c.similarity() != null && (c.similarity() <= 0 || c.similarity() > 1)) {
                problems.add(file, at + "/similarity", "similarity must be between 0 and 1", "e.g. 0.8");
            }
            if (c.threshold() != null && (c.threshold() <= 0 || c.threshold() >= 1)) {
                problems.add(file, at + "/threshold", "threshold must be between 0 and 1 (exclusive)", "e.g. 0.5; leave it out to not use the model");
            }
        });
        if (cfg.routes() != null) {
            for (Map.Entry<String, Map<String, String>> r : cfg.routes().entrySet()) {
                if (!EscalationConfig.ROUTES.contains(r.getKey()) || r.getKey().equals("owner")) {
                    problems.add(file, "/routes/" + r.getKey(), "unknown queue '" + r.getKey() + "'", "use tier2, tier3 or specialized");
                }
            }
        }
        Double doubt = cfg.escalateWhenInDoubt();
        if (doubt != null && (doubt < 0 || doubt >= 1)) {
            problems.add(file, "/escalate_when_in_doubt", "escalate_when_in_doubt must be at least 0 and below 1",
                    "0 uses the thresholds as measured, 0.3 flags at 70% of them");
        }
        EscalationConfig.RefundPolicy p = cfg.refundPolicy();
        if (p.maxAmount().signum() < 0 || p.maxDays() < 0 || p.maxPerCustomer() < 0) {
            problems.add(file, "/refund_policy", "refund limits cannot be negative", null);
        }
        if (p.maxAmount().stripTrailingZeros().scale() > 2) {
            problems.add(file, "/refund_policy/max_amount", "max_amount has more than two decimals", "write it like 100 or 99.50");
        }
        if (p.currency() != null) {
            try {
                java.util.Currency.getInstance(p.currency().toUpperCase(java.util.Locale.ROOT));
            } catch (IllegalArgumentException e) {
                problems.add(file, "/refund_policy/currency", "unknown currency '" + p.currency() + "'", "use an ISO code such as EUR, USD or GBP");
            }
        }
    }
}
