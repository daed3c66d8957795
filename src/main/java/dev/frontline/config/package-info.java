/**
 * Typed config from {@code bot-config/} (YAML via Jackson) with every problem reported as
 * {@code file:line: message (hint)}, and secrets from the environment.
 */
package dev.frontline.config;
