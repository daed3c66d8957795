package dev.frontline.app;

import java.util.Set;

/** The escalation categories every install has; bot-config/escalation.yaml may add more. */
final class EscalationCategories {
    static final Set<String> DEFAULT = Set.of("angry", "chargeback", "public_threat", "critical_bug", "refund",
            "privacy_security", "vip", "stuck");

    private EscalationCategories() {}
}
