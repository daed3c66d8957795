package dev.frontline.ops;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * What an orchestrator asks: is the process alive (liveness: restart it if not) and can it take
 * work (readiness: send it traffic). Alive fails when a chat connection has been down longer than
 * {@code downAfter} (the SDKs reconnect on their own; a long outage means a restart may help) or
 * when events wait and none has been handled for {@code stuckAfter}. Ready needs the database,
 * every platform connected now, and the answer bank loaded.
 */
public final class Health {
    /** One check: its name, whether it passed, and a short reason. */
    public record Check(String name, boolean ok, String detail) {}

    /** Everything checked, and the verdict. */
    public record Report(boolean ok, List<Check> checks) {}

    private final Clock clock;
    private final Duration downAfter;
    private final Duration stuckAfter;
    private final Map<String, BooleanSupplier> platforms = new ConcurrentHashMap<>();
    private final Map<String, Instant> downSince = new ConcurrentHashMap<>();
    private volatile Runnable databasePing = () -> { };
    private volatile BooleanSupplier bankLoaded = () -> true;
    private volatile Supplier<Optional<Instant>> oldestWaiting = Optional::empty;
    private volatile Supplier<Instant> lastProgress = () -> null;
    private final Instant started;

    public Health(Clock clock, Duration downAfter, Duration stuckAfter) {
        this.clock = clock;
        this.downAfter = downAfter;
        this.stuckAfter = stuckAfter;
        this.started = clock.instant();
    }

    /** A chat platform and how to tell whether its connection is up now. */
    public void platform(String name, BooleanSupplier connected) {
        platforms.put(name, connected);
    }

    public void database(Runnable ping) {
        this.databasePing = ping;
    }

    public void bank(BooleanSupplier loaded) {
        this.bankLoaded = loaded;
    }

    /** @param oldestWaiting when the oldest event due for handling arrived; @param lastProgress when one was last handled */
    public void workers(Supplier<Optional<Instant>> oldestWaiting, Supplier<Instant> lastProgress) {
        this.oldestWaiting = oldestWaiting;
        this.lastProgress = lastProgress;
    }

    /** Looks at every platform's connection and remembers since when it is down; called every few seconds and on each request. */
    public synchronized void watch() {
        Instant now = clock.instant();
        platforms.forEach((name, connected) -> {
            if (up(connected)) downSince.remove(name);
            else downSince.putIfAbsent(name, now);
        });
    }

    private static boolean up(BooleanSupplier connected) {
        try {
            return connected.getAsBoolean();
        } catch (RuntimeException e) {
            return false;
        }
    }

    public Report liveness() {
        watch();
        Instant now = clock.instant();
        List<Check> checks = new ArrayList<>();
        for (String name : platforms.keySet()) {
            Instant since = downSince.get(name);
            Duration down = since == null ? Duration.ZERO : Duration.between(since, now);
            boolean ok = down.compareTo(downAfter) <= 0;
            checks.add(new Check(name, ok, since == null ? "connected" : "down for " + down.toSeconds() + " s"
                    + (ok ? " (reconnecting)" : ", more than " + downAfter.toSeconds() + " s")));
        }
        checks.add(workers(now));
        return new Report(checks.stream().allMatch(Check::ok), checks);
    }

    private Check workers(Instant now) {
        Optional<Instant> oldest;
        try {
            oldest = oldestWaiting.get();
        } catch (RuntimeException e) {
            return new Check("workers", true, "unknown (database unreachable: see /readyz)");
        }
        if (oldest.isEmpty()) return new Check("workers", true, "nothing waiting");
        Duration waiting = Duration.between(oldest.get(), now);
        Instant progress = lastProgress.get();
        Duration idle = Duration.between(progress == null ? started : progress, now);
        boolean stuck = waiting.compareTo(stuckAfter) > 0 && idle.compareTo(stuckAfter) > 0;
        return new Check("workers", !stuck, stuck ? "an event has waited " + waiting.toSeconds() + " s and none was handled for "
                + idle.toSeconds() + " s" : "handling (oldest waiting " + waiting.toSeconds() + " s)");
    }

    public Report readiness() {
        watch();
        List<Check> checks = new ArrayList<>();
        try {
            databasePing.run();
            checks.add(new Check("database", true, "reachable"));
        } catch (RuntimeException e) {
            checks.add(new Check("database", false, "unreachable: " + e.getMessage()));
        }
        for (Map.Entry<String, BooleanSupplier> p : platforms.entrySet()) {
            boolean connected = up(p.getValue());
            checks.add(new Check(p.getKey(), connected, connected ? "connected" : "not connected"));
        }
        boolean bank = up(bankLoaded);
        checks.add(new Check("answer bank", bank, bank ? "loaded" : "loading"));
        return new Report(checks.stream().allMatch(Check::ok), checks);
    }
}
