package dev.frontline.platform.slack;

import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.SlackApiTextResponse;
import dev.frontline.core.port.Delivery;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;

/**
 * Calls the Web API and says what happened in the outbox's terms. A 429 was not processed: retry
 * after its Retry-After. A refused connection never reached Slack: retry. A timeout, a reset
 * connection, a 5xx or Slack's own {@code internal_error} may have been processed: ambiguous, so
 * the outbox checks before trying again. Anything else Slack refuses (unknown channel, invalid
 * blocks) will not get better: failed.
 */
final class SlackCalls {
    private static final Logger log = LoggerFactory.getLogger(SlackCalls.class);
    private static final int MAX_READ_ATTEMPTS = 3;
    private static final Set<String> MAYBE_DONE = Set.of("internal_error", "fatal_error", "request_timeout");
    private static final Set<String> TRY_AGAIN = Set.of("service_unavailable", "ratelimited", "team_added_to_org");
    /**
     * A call Slack never answered may still be carried out after we gave up on it: look for it only
     * after this long, or the check could miss it and the retry post a second copy.
     */
    static final Duration SETTLE = Duration.ofSeconds(30);

    private SlackCalls() {}

    @FunctionalInterface
    interface Call<T extends SlackApiTextResponse> {
        T run() throws IOException, SlackApiException;
    }

    /** The outcome of one attempt, and the response when Slack accepted it. */
    record Attempt<T>(T response, Delivery failure) {
        boolean ok() {
            return failure == null;
        }
    }

    /** One attempt, classified; never throws. */
    static <T extends SlackApiTextResponse> Attempt<T> attempt(String what, Call<T> call) {
        try {
            T response = call.run();
            if (response.isOk()) return new Attempt<>(response, null);
            String error = response.getError();
            if (MAYBE_DONE.contains(error)) return new Attempt<>(null, Delivery.ambiguous(what + ": " + error));
            if (TRY_AGAIN.contains(error)) return new Attempt<>(null, Delivery.retry(null, what + ": " + error));
            return new Attempt<>(null, Delivery.failed(what + ": " + error));
        } catch (SlackApiException e) {
            int code = e.getResponse().code();
            if (code == 429) return new Attempt<>(null, Delivery.retry(retryAfter(e), what + ": rate-limited"));
            if (code >= 500) return new Attempt<>(null, Delivery.ambiguous(what + ": HTTP " + code));
            if (code == 408) return new Attempt<>(null, Delivery.ambiguous(what + ": HTTP 408"));
            return new Attempt<>(null, Delivery.failed(what + ": HTTP " + code));
        } catch (ConnectException | UnknownHostException | NoRouteToHostException e) {
            return new Attempt<>(null, Delivery.retry(null, what + ": " + e.getMessage()));
        } catch (InterruptedIOException e) {
            // A connect timeout never reached Slack; a read timeout may have.
            boolean connecting = e.getMessage() != null && e.getMessage().toLowerCase().contains("connect");
            return new Attempt<>(null, connecting ? Delivery.retry(null, what + ": " + e.getMessage())
                    : Delivery.unanswered(SETTLE, what + ": timed out"));
        } catch (IOException e) {
            return new Attempt<>(null, Delivery.unanswered(SETTLE, what + ": " + e));
        } catch (RuntimeException e) {
            return new Attempt<>(null, Delivery.ambiguous(what + ": " + e));
        }
    }

    /**
     * For reads and calls outside the outbox (user names, the home tab, delivery checks): a 429 or
     * a transient failure is tried again a few times, briefly; empty when it did not work.
     */
    static <T extends SlackApiTextResponse> Optional<T> call(String what, Call<T> call) {
        for (int i = 1; i <= MAX_READ_ATTEMPTS; i++) {
            Attempt<T> a = attempt(what, call);
            if (a.ok()) return Optional.of(a.response());
            if (a.failure().status() == Delivery.Status.FAILED || i == MAX_READ_ATTEMPTS) {
                log.warn("Slack {} failed: {}", what, a.failure().detail());
                return Optional.empty();
            }
            Duration wait = a.failure().retryAfter() != null ? a.failure().retryAfter() : Duration.ofMillis(200L * i);
            sleep(Math.min(wait.toMillis(), 3000));
        }
        return Optional.empty();
    }

    private static Duration retryAfter(SlackApiException e) {
        String header = e.getResponse().header("Retry-After");
        try {
            return Duration.ofSeconds(Math.min(120, Math.max(0, Long.parseLong(header == null ? "1" : header.trim()))));
        } catch (NumberFormatException ignored) {
            return Duration.ofSeconds(1);
        }
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
