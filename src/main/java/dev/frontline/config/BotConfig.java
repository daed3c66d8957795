package dev.frontline.config;

import java.nio.file.Path;

/** Everything read from {@code bot-config/}, validated. Docs and glossary are optional (empty when absent). */
public record BotConfig(Path dir, FrontlineConfig frontline, CoverageConfig coverage, DocsConfig docs,
                        GlossaryConfig glossary, EscalationConfig escalation) {}
