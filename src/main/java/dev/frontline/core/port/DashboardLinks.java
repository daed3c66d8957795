package dev.frontline.core.port;

import java.time.Instant;
import java.util.Optional;

/** Mints the private one-time sign-in link into the read-only web view. */
public interface DashboardLinks {

    /** A signed link for {@code userId}, valid for a short while and once; empty when the web view is off. */
    Optional<String> linkFor(String userId, Instant now);

    DashboardLinks OFF = (userId, now) -> Optional.empty();
}
