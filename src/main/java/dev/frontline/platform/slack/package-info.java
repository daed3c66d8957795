/**
 * Slack through Bolt for Java, Socket Mode: events, the {@code /frontline} command, buttons, modals,
 * the "Escalate this" shortcut and App Home in; every core action out, escaped and within limits.
 */
package dev.frontline.platform.slack;
