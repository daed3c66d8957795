package dev.frontline.platform.slack;

import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.SlackApiTextResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.util.Optional;

/**
 * Calls the Web API the way Slack asks: a 429 is waited out for its Retry-After and tried again (the
 * call was not processed); an I/O error is not retried, because the post may have gone through
 * and must not appear twice.
 */
final class SlackCalls {
    private static final Logger log = LoggerFactory.getLogger(SlackCalls.class);
    private static final int MAX_ATTEMPTS = 4;
    private static final long MAX_WAIT_SECONDS = 60;

    private SlackCalls() {}

    @FunctionalInterface
    interface Call<T extends SlackApiTextResponse> {
        T run() throws IOException, SlackApiException;
    }

    static <T extends SlackApiTextResponse> Optional<T> call(String what, Call<T> call) {
        for (int attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
            try {
                T response = call.run();
                if (!response.isOk()) {
                    log.warn("Slack {} failed: {}", what, response.getError());
                    return Optional.empty();
                }
                return Optional.of(response);
            } catch (SlackApiException e) {
                if (e.getResponse().code() == 429 && attempt < MAX_ATTEMPTS) {
                    long wait = retryAfter(e);
                    log.info("Slack rate-limited {}; retrying in {} s", what, wait);
                    sleep(wait);
                    continue;
                }
                log.warn("Slack {} failed with HTTP {}: {}", what, e.getResponse().code(), e.getError() == null ? "" : e.getError().getError());
                return Optional.empty();
            } catch (IOException e) {
                log.warn("Slack {} failed ({}); not retried so nothing is posted twice", what, e.toString());
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    private static long retryAfter(SlackApiException e) {
        String header = e.getResponse().header("Retry-After");
        try {
            return Math.min(MAX_WAIT_SECONDS, Math.max(0, Long.parseLong(header == null ? "1" : header.trim())));
        } catch (NumberFormatException ignored) {
            return 1;
        }
    }

    private static void sleep(long seconds) {
        try {
            Thread.sleep(seconds * 1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
