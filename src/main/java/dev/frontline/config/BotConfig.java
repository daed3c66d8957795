package dev.frontline.config;

import java.nio.file.Path;

/** Everything read from {@code bot-config/}, validated. */
public record BotConfig(Path dir, FrontlineConfig frontline, CoverageConfig coverage) {}
