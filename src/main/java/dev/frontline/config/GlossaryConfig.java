package dev.frontline.config;

import java.util.List;
import java.util.Map;

/** {@code bot-config/glossary.yaml}: product terms, what they mean, and what customers confuse them with. */
public record GlossaryConfig(@Required Map<String, Term> terms) {
    /**
     * @param aliases     other words customers use for it
     * @param confusedWith a common mix-up, explained
     */
    public record Term(@Required String definition, List<String> aliases, String confusedWith) {}
}
