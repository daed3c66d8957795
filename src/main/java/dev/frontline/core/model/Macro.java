package dev.frontline.core.model;

import java.util.List;

/**
 * An approved reply from the answer bank ({@code macros/<id>.md}).
 *
 * @param examples customer phrasings this macro answers: what suggestions are matched against
 * @param docs     keys into bot-config/docs.yaml, usable as {{doc.KEY}} in the template
 * @param escalate the escalation category its topic requires, or null
 * @param tier     the tier that should handle it, or null for Tier 1
 * @param template the reply with {{placeholders}}, rendered when it is sent
 * @param grantsRefund the reply grants or promises money ({@code grants_refund: true}); so does any
 *                 macro with an {@code {{input.amount}}}: either goes through the refund policy when sent
 */
public record Macro(String id, String title, List<String> examples, List<String> tags, List<String> docs,
                    String escalate, String tier, String template, boolean grantsRefund) {
    public Macro {
        examples = List.copyOf(examples);
        tags = tags == null ? List.of() : List.copyOf(tags);
        docs = docs == null ? List.of() : List.copyOf(docs);
    }

    public Macro(String id, String title, List<String> examples, List<String> tags, List<String> docs,
                 String escalate, String tier, String template) {
        this(id, title, examples, tags, docs, escalate, tier, template, false);
    }

    /** True when sending it grants or promises money: marked so, or it asks the agent for an amount. */
    public boolean movesMoney() {
        return grantsRefund || template.contains("{{input.amount}}") || template.contains("{{ input.amount }}");
    }

    /** The same macro with more example phrasings (learned from use). */
    public Macro withExtraExamples(List<String> extra) {
        if (extra.isEmpty()) return this;
        List<String> all = new java.util.ArrayList<>(examples);
        for (String e : extra) if (!all.contains(e)) all.add(e);
        return new Macro(id, title, all, tags, docs, escalate, tier, template, grantsRefund);
    }
}
