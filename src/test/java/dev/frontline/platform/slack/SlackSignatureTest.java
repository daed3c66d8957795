package dev.frontline.platform.slack;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SlackSignatureTest {
    private final SlackSignature signature = new SlackSignature("8f742231b10e8888abcd99yyyzzz85a5");
    private final Instant now = Instant.ofEpochSecond(1_795_500_000L);
    private final byte[] body = "token=x&team_id=T1&text=caf\u00e9 ✓&command=%2Ffrontline".getBytes(StandardCharsets.UTF_8);

    @Test
    void aRequestSignedWithTheSecretWithinFiveMinutesIsAccepted() {
        String ts = String.valueOf(now.getEpochSecond() - 200);
        assertTrue(signature.verify(ts, signature.sign(ts, body), body, now));
    }

    @Test
    void aTamperedBodyOrWrongSecretIsRejected() {
        String ts = String.valueOf(now.getEpochSecond());
        String sig = signature.sign(ts, body);
        byte[] tampered = "token=x&team_id=T1&text=cafe".getBytes(StandardCharsets.UTF_8);
        assertFalse(signature.verify(ts, sig, tampered, now));
        assertFalse(new SlackSignature("another-secret").verify(ts, sig, body, now));
        assertFalse(signature.verify(ts, sig.replace("v0=", "v1="), body, now));
    }

    @Test
    void theTimestampWindowIsCheckedBothWays() {
        String old = String.valueOf(now.getEpochSecond() - 301);
        String future = String.valueOf(now.getEpochSecond() + 301);
        assertFalse(signature.verify(old, signature.sign(old, body), body, now), "replayed old request");
        assertFalse(signature.verify(future, signature.sign(future, body), body, now), "timestamp from the future");
        assertFalse(signature.verify("abc", signature.sign("abc", body), body, now));
        assertFalse(signature.verify(null, null, body, now));
    }
}
