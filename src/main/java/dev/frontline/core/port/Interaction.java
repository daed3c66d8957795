package dev.frontline.core.port;

/**
 * How to answer the person whose click or command caused an action, while the platform still
 * allows it: Slack's trigger id (valid for 3 seconds, needed to open a modal), or Discord's
 * interaction id and token (an ephemeral answer within 3 seconds, follow-ups for 15 minutes).
 * Passed explicitly from the inbound event to the actions it produced, never kept in a
 * thread-local, so it survives the hop through the outbox.
 *
 * @param platform the platform that issued it
 * @param id       Slack trigger id, Discord interaction id
 * @param token    Discord interaction token; null on Slack
 * @param userId   who it answers
 */
public record Interaction(String platform, String id, String token, String userId) {}
