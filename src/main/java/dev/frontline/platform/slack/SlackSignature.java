package dev.frontline.platform.slack;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;

/**
 * Verifies Slack's request signature ourselves (Bolt's own check compares with String.equals, only
 * rejects old timestamps and hashes with the platform charset): HMAC-SHA256 over
 * {@code v0:timestamp:rawBody} in UTF-8, a timestamp within five minutes either way, and a
 * constant-time comparison.
 */
public final class SlackSignature {
    static final Duration WINDOW = Duration.ofMinutes(5);
    private final byte[] secret;

    public SlackSignature(String signingSecret) {
        if (signingSecret == null || signingSecret.isBlank()) throw new IllegalArgumentException("SLACK_SIGNING_SECRET is not set");
        this.secret = signingSecret.getBytes(StandardCharsets.UTF_8);
    }

    /** True when {@code signature} (header X-Slack-Signature) signs {@code rawBody} at {@code timestamp} and it is recent. */
    public boolean verify(String timestamp, String signature, byte[] rawBody, Instant now) {
        if (timestamp == null || signature == null || !timestamp.matches("\\d{1,12}")) return false;
        Instant sent = Instant.ofEpochSecond(Long.parseLong(timestamp));
        if (Duration.between(sent, now).abs().compareTo(WINDOW) > 0) return false;
        byte[] expected = ("v0=" + hex(hmac(timestamp, rawBody))).getBytes(StandardCharsets.UTF_8);
        return MessageDigest.isEqual(expected, signature.getBytes(StandardCharsets.UTF_8));
    }

    /** The signature Slack would send; used by tests and tools. */
    public String sign(String timestamp, byte[] rawBody) {
        return "v0=" + hex(hmac(timestamp, rawBody));
    }

    private byte[] hmac(String timestamp, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            mac.update(("v0:" + timestamp + ":").getBytes(StandardCharsets.UTF_8));
            return mac.doFinal(body);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String hex(byte[] bytes) {
        StringBuilder b = new StringBuilder(bytes.length * 2);
        for (byte x : bytes) b.append(Character.forDigit((x >> 4) & 0xF, 16)).append(Character.forDigit(x & 0xF, 16));
        return b.toString();
    }
}
