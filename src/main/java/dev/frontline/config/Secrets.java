package dev.frontline.config;

import java.util.Map;

/**
 * Tokens and API base URLs, only ever from the environment. {@link #toString()} never shows a
 * token, so a logged Secrets is safe.
 *
 * @param slackApiUrl       overrides Slack's Web API base (proxies, tests), e.g. {@code http://127.0.0.1:9000/api/}
 * @param discordApiUrl     overrides Discord's REST base
 * @param discordGatewayUrl overrides Discord's gateway WebSocket URL
 * @param databaseUrl       FRONTLINE_DATABASE_URL: a PostgreSQL JDBC URL shared by several replicas; null means SQLite in --data
 * @param databaseUser      FRONTLINE_DATABASE_USER (or {@code user=} in the URL)
 * @param databasePassword  FRONTLINE_DATABASE_PASSWORD (or {@code password=} in the URL); never logged
 */
public record Secrets(String slackBotToken, String slackAppToken, String slackSigningSecret, String discordToken,
                      String slackApiUrl, String discordApiUrl, String discordGatewayUrl,
                      String databaseUrl, String databaseUser, String databasePassword) {

    public static Secrets fromEnvironment() {
        return from(System.getenv());
    }

    public static Secrets from(Map<String, String> env) {
        return new Secrets(blank(env.get("SLACK_BOT_TOKEN")), blank(env.get("SLACK_APP_TOKEN")),
                blank(env.get("SLACK_SIGNING_SECRET")), blank(env.get("DISCORD_TOKEN")),
                blank(env.get("SLACK_API_URL")), blank(env.get("DISCORD_API_URL")), blank(env.get("DISCORD_GATEWAY_URL")),
                blank(env.get("FRONTLINE_DATABASE_URL")), blank(env.get("FRONTLINE_DATABASE_USER")), blank(env.get("FRONTLINE_DATABASE_PASSWORD")));
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    /** Slack can start: a bot token and either an app token (Socket Mode) or a signing secret (HTTP). */
    public boolean hasSlack() {
        return slackBotToken != null && (slackAppToken != null || slackSigningSecret != null);
    }

    public boolean hasDiscord() {
        return discordToken != null;
    }

    @Override
    public String toString() {
        return "Secrets[slackBotToken=" + set(slackBotToken) + ", slackAppToken=" + set(slackAppToken)
                + ", slackSigningSecret=" + set(slackSigningSecret) + ", discordToken=" + set(discordToken)
                + ", slackApiUrl=" + slackApiUrl + ", discordApiUrl=" + discordApiUrl + ", discordGatewayUrl=" + discordGatewayUrl
                + ", database=" + (databaseUrl == null ? "sqlite" : withoutPassword(databaseUrl)) + "]";
    }

    /** A JDBC URL with any password in it replaced, for logs and {@code check}. */
    public static String withoutPassword(String url) {
        return url == null ? null : url.replaceAll("(?i)(password=)[^&;]*", "$1***").replaceAll("//([^/:@]+):[^@/]*@", "//$1:***@");
    }

    private static String set(String token) {
        return token == null ? "unset" : "set";
    }
}
