package dev.frontline.config;

import java.util.List;
import java.util.Map;

/**
 * {@code bot-config/docs.yaml}: help-centre links by key, and which questions each answers.
 * Macros use them as {@code {{doc.KEY}}}; {@code /doc <topic>} finds them by topic.
 */
public record DocsConfig(@Required Map<String, Doc> docs) {
    /** @param answers topics and questions this page answers, for /doc search */
    public record Doc(@Required String title, @Required String url, List<String> answers) {}
}
