package dev.frontline.config;

import java.util.List;

/** The front matter of {@code macros/<id>.md}, as written. */
public record MacroFile(@Required String title, @Required List<String> examples, List<String> tags, List<String> docs,
                        String escalate, String tier, Boolean grantsRefund) {}
