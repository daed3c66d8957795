package dev.frontline.web;

import dev.frontline.core.model.Role;
import dev.frontline.core.port.DashboardLinks;
import dev.frontline.core.port.OnceGuard;
import dev.frontline.core.team.Team;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

/**
 * Who may see the web view. {@code /dashboard} mints a link signed with HMAC-SHA256 that is valid
 * for 15 minutes and once (its nonce is claimed durably when used); using it yields a signed
 * session token for 8 hours. Only owners and leads get either, and the role is checked again on
 * every request, so a person taken off the team loses access at once.
 */
public final class WebAccess implements DashboardLinks {
    public static final Duration LINK_VALID = Duration.ofMinutes(15);
    public static final Duration SESSION_VALID = Duration.ofHours(8);
    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder B64D = Base64.getUrlDecoder();
    private static final SecureRandom RANDOM = new SecureRandom();

    private final byte[] secret;
    private final Team team;
    private final OnceGuard once;
    private volatile String baseUrl;

    /** @param secret the signing key; a random one per process when null (links and sessions end with the process) */
    public WebAccess(byte[] secret, Team team, OnceGuard once, String baseUrl) {
        this.secret = secret == null ? randomKey() : secret.clone();
        this.team = team;
        this.once = once;
        this.baseUrl = baseUrl;
    }

    private static byte[] randomKey() {
        byte[] key = new byte[32];
        RANDOM.nextBytes(key);
        return key;
    }

    /** Where the links point; the server sets it once it knows its port, unless configured. */
    public void baseUrlIfUnset(String url) {
        if (baseUrl == null) baseUrl = url;
    }

    public static boolean mayView(Role role) {
        return role == Role.OWNER || role == Role.LEAD;
    }

    @Override
    public Optional<String> linkFor(String userId, Instant now) {
        if (baseUrl == null || !mayView(team.roleOf(userId))) return Optional.empty();
        byte[] nonce = new byte[16];
        RANDOM.nextBytes(nonce);
        String token = sign("link", userId, now.plus(LINK_VALID), HexFormat.of().formatHex(nonce));
        return Optional.of(baseUrl + "/login?t=" + token);
    }

    /** What a link gives when used. */
    public sealed interface Redeemed {
        record Session(String userId, String token) implements Redeemed {}

        record Refused(String reason) implements Redeemed {}
    }

    /** Checks a link's signature, age, holder and that it was not used before; uses it up. */
    public Redeemed redeem(String token, Instant now) {
        Optional<String[]> parts = verify("link", token, now);
        if (parts.isEmpty()) return new Redeemed.Refused("This link is not valid or has expired (links last 15 minutes). Ask for a new one with /dashboard.");
        String userId = parts.get()[1];
        if (!mayView(team.roleOf(userId))) return new Redeemed.Refused("Only owners and leads may open the web view.");
        if (!once.claim("web-link:" + parts.get()[3], now)) {
            return new Redeemed.Refused("This link was already used. Ask for a new one with /dashboard.");
        }
        return new Redeemed.Session(userId, sign("session", userId, now.plus(SESSION_VALID), ""));
    }

    /** The holder of a valid session token, if still an owner or lead; empty when invalid or expired. */
    public Optional<String> sessionUser(String token, Instant now) {
        return verify("session", token, now).map(p -> p[1]);
    }

    public Role roleOf(String userId) {
        return team.roleOf(userId);
    }

    public String nameOf(String userId) {
        return team.nameOf(userId, userId);
    }

    private String sign(String purpose, String userId, Instant expires, String nonce) {
        String payload = B64.encodeToString((purpose + "\n" + userId + "\n" + expires.toEpochMilli() + "\n" + nonce).getBytes(StandardCharsets.UTF_8));
        return payload + "." + B64.encodeToString(mac(payload));
    }

    /** [purpose, userId, expiresMillis, nonce] when the token is genuine, for {@code purpose}, and not expired. */
    private Optional<String[]> verify(String purpose, String token, Instant now) {
        if (token == null) return Optional.empty();
        int dot = token.indexOf('.');
        if (dot <= 0) return Optional.empty();
        try {
            String payload = token.substring(0, dot);
            if (!MessageDigest.isEqual(mac(payload), B64D.decode(token.substring(dot + 1)))) return Optional.empty();
            String[] parts = new String(B64D.decode(payload), StandardCharsets.UTF_8).split("\n", -1);
            if (parts.length != 4 || !parts[0].equals(purpose)) return Optional.empty();
            if (!now.isBefore(Instant.ofEpochMilli(Long.parseLong(parts[2])))) return Optional.empty();
            return Optional.of(parts);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private byte[] mac(String payload) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            return mac.doFinal(payload.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
