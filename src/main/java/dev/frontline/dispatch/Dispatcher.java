package dev.frontline.dispatch;

import dev.frontline.core.Bot;
import dev.frontline.core.model.Action;
import dev.frontline.core.model.Inbound;
import dev.frontline.core.port.StoreFailure;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

/**
 * The unit of work around {@link Bot#handle}: {@link #receive} stores an event in the inbox and
 * returns, so the adapter acknowledges only what is stored; the event's lane then handles it in
 * one transaction with its state changes, its outbox rows and its "done" mark. A duplicate key is a
 * no-op. A lost race is retried at once; a failing event is retried with backoff and set aside
 * after {@value #MAX_ATTEMPTS} attempts, so one bad event never blocks its lane for good.
 */
public final class Dispatcher implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(Dispatcher.class);
    static final int MAX_ATTEMPTS = 5;
    private static final int RACE_RETRIES = 8;
    private static final String APOLOGY = "Sorry, that could not be handled; the error is logged. Please try again or tell your lead.";

    private final Bot bot;
    private final UnitOfWork work;
    private final InboxStore inbox;
    private final OutboxStore outbox;
    private final LaneKeys laneKeys;
    private final Clock clock;
    private final ExecutorService pool;
    private final ScheduledExecutorService timer;
    private final Lanes lanes;
    private final Map<String, UnaryOperator<Inbound>> preparers = new ConcurrentHashMap<>();
    private final Map<String, CompletableFuture<List<Action>>> watched = new ConcurrentHashMap<>();
    private final AtomicInteger inFlight = new AtomicInteger();
    private volatile Consumer<Inbound> warmUp = in -> { };
    private volatile Runnable outboxChanged = () -> { };
    private volatile boolean accepting = true;
    private volatile DispatchObserver observer = DispatchObserver.NONE;
    private volatile Instant lastProgress;

    /** @param workers threads handling lanes in parallel */
    public Dispatcher(Bot bot, UnitOfWork work, InboxStore inbox, OutboxStore outbox, LaneKeys laneKeys, Clock clock, int workers) {
        this.bot = bot;
        this.work = work;
        this.inbox = inbox;
        this.outbox = outbox;
        this.laneKeys = laneKeys;
        this.clock = clock;
        this.pool = Executors.newFixedThreadPool(workers, daemon("lane"));
        this.timer = Executors.newSingleThreadScheduledExecutor(daemon("lane-timer"));
        this.lanes = new Lanes(pool, this::drain);
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, name + "-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }

    /**
     * Platform work to do on an event before its transaction, off the acknowledging thread (e.g.
     * looking up the sender's display name): network calls never run inside a transaction.
     */
    public void prepareWith(String platform, UnaryOperator<Inbound> preparer) {
        preparers.put(platform, preparer);
    }

    /** Computation to do before the transaction, so the transaction stays short (e.g. the sentence embedding). */
    public void warmUpWith(Consumer<Inbound> warmUp) {
        this.warmUp = warmUp;
    }

    public void observeWith(DispatchObserver observer) {
        this.observer = observer;
    }

    /** When an event was last handled (committed), or null if none yet. */
    public Instant lastProgress() {
        return lastProgress;
    }

    /** Told after every commit that added outgoing actions. */
    public void onOutboxChanged(Runnable r) {
        this.outboxChanged = r;
    }

    /**
     * Stores the event (committed when this returns) and schedules its handling. Returns false for
     * a duplicate key, which is then ignored.
     *
     * @throws IllegalStateException while shutting down: do not acknowledge, the platform redelivers
     * @throws StoreFailure when the inbox cannot be written: do not acknowledge
     */
    public boolean receive(Envelope e) {
        if (!accepting) throw new IllegalStateException("Frontline is shutting down; not taking new events");
        String lane = laneKeys.laneOf(e.inbound());
        boolean fresh = inbox.store(e, lane, clock.instant());
        observer.received(e.inbound().place().platform(), DispatchObserver.kindOf(e.inbound()), fresh);
        if (!fresh) {
            log.debug("Event {} already received; ignored", e.key());
            return false;
        }
        lanes.kick(lane);
        return true;
    }

    /**
     * As {@link #receive}, and a future of the actions the event produced, completed once they are
     * committed (for adapters that answer an interaction in time, e.g. with a modal).
     */
    public Optional<CompletableFuture<List<Action>>> receiveWatched(Envelope e) {
        CompletableFuture<List<Action>> f = new CompletableFuture<>();
        if (watched.putIfAbsent(e.key(), f) != null) return Optional.empty();
        try {
            if (receive(e)) return Optional.of(f);
        } catch (RuntimeException ex) {
            watched.remove(e.key(), f);
            throw ex;
        }
        watched.remove(e.key(), f);
        return Optional.empty();
    }

    /**
     * Stores and handles the event on this thread (the console and replay, which show each answer
     * before reading the next line); returns false for a duplicate.
     */
    public boolean handleNow(Envelope e) {
        String lane = laneKeys.laneOf(e.inbound());
        boolean fresh = inbox.store(e, lane, clock.instant());
        observer.received(e.inbound().place().platform(), DispatchObserver.kindOf(e.inbound()), fresh);
        if (!fresh) return false;
        drain(lane);
        return true;
    }

    /** Schedules every lane with unfinished events: what was stored but not handled before a stop. */
    public int recover() {
        List<String> waiting = inbox.lanesWithWork();
        for (String lane : waiting) lanes.kick(lane);
        if (!waiting.isEmpty()) log.info("Resuming {} conversation(s) with events stored before the last stop", waiting.size());
        return waiting.size();
    }

    /**
     * Takes over lanes with events that waited longer than {@code stalledAfter}: stored by a replica
     * that died before handling them (or by this one, whose kick was lost). Cheap when nothing waits.
     */
    public int sweep(Duration stalledAfter) {
        Instant now = clock.instant();
        List<String> stalled = inbox.stalledLanes(now.minus(stalledAfter), now);
        for (String lane : stalled) lanes.kick(lane);
        if (!stalled.isEmpty()) log.info("Taking over {} conversation(s) with events waiting more than {} s", stalled.size(),
                stalledAfter.toSeconds());
        return stalled.size();
    }

    /** Handles what waits on a lane, oldest first, until it is empty or its head must wait. */
    private void drain(String lane) {
        inFlight.incrementAndGet();
        try {
            while (true) {
                Optional<InboxStore.Stored> head = inbox.head(lane);
                if (head.isEmpty()) return;
                InboxStore.Stored ev = head.get();
                Instant now = clock.instant();
                if (ev.notBefore() != null && ev.notBefore().isAfter(now)) {
                    later(lane, Duration.between(now, ev.notBefore()));
                    return;
                }
                if (!apply(lane, ev)) return;
            }
        } catch (RuntimeException e) {
            // The inbox could not even be read: try the lane again shortly.
            log.error("Lane {} could not be drained; retrying in 2 s", lane, e);
            later(lane, Duration.ofSeconds(2));
        } finally {
            inFlight.decrementAndGet();
        }
    }

    /** Applies one event; false when the lane must wait (the event will be retried later). */
    private boolean apply(String lane, InboxStore.Stored ev) {
        long started = System.nanoTime();
        // Every log line of this event names its platform and lane (the core adds the ticket).
        org.slf4j.MDC.put("platform", ev.inbound().place().platform());
        org.slf4j.MDC.put("lane", lane);
        try {
            return applyLogged(lane, ev, started);
        } finally {
            org.slf4j.MDC.clear();
        }
    }

    private boolean applyLogged(String lane, InboxStore.Stored ev, long started) {
        Inbound in = prepared(ev.inbound());
        RuntimeException failure = null;
        for (int race = 0; race <= RACE_RETRIES; race++) {
            try {
                List<Action> actions = work.inLane(lane, () -> {
                    Optional<InboxStore.Stored> still = inbox.head(lane);
                    if (still.isEmpty() || still.get().id() != ev.id()) return null; // handled meanwhile (another replica)
                    Instant now = clock.instant();
                    List<Action> out = bot.handle(in);
                    outbox.enqueue(out, ev.interaction(), now);
                    inbox.markDone(ev.id(), now);
                    if (!out.isEmpty()) work.afterCommit(outboxChanged);
                    return out;
                });
                complete(ev.key(), actions == null ? List.of() : actions);
                lastProgress = clock.instant();
                observer.handled(in.place().platform(), DispatchObserver.kindOf(in), System.nanoTime() - started, true);
                return true;
            } catch (StoreFailure e) {
                failure = e;
                if (!e.retryNow()) break;
                log.debug("Event {} lost a race ({}); applying it again", ev.key(), e.getMessage());
            } catch (RuntimeException e) {
                failure = e;
                break;
            }
        }
        return failed(lane, ev, failure);
    }

    private boolean failed(String lane, InboxStore.Stored ev, RuntimeException failure) {
        int attempts = ev.attempts() + 1;
        Instant now = clock.instant();
        if (attempts >= MAX_ATTEMPTS) {
            log.error("Event {} on {} failed {} times and is set aside (inbox row {})", ev.key(), lane, attempts, ev.id(), failure);
            work.inTransaction(() -> {
                inbox.markFailed(ev.id(), String.valueOf(failure), now);
                Inbound in = ev.inbound();
                outbox.enqueue(List.of(new Action.PrivateReply(in.user().id(), in.place(), APOLOGY)), ev.interaction(), now);
                work.afterCommit(outboxChanged);
                return null;
            });
            CompletableFuture<List<Action>> f = watched.remove(ev.key());
            if (f != null) f.completeExceptionally(failure);
            observer.handled(ev.inbound().place().platform(), DispatchObserver.kindOf(ev.inbound()), 0, false);
            return true;
        }
        Duration wait = Duration.ofMillis(Math.min(60_000, 500L << attempts));
        log.warn("Event {} failed (attempt {} of {}); retrying in {} ms: {}", ev.key(), attempts, MAX_ATTEMPTS, wait.toMillis(),
                String.valueOf(failure));
        inbox.retryLater(ev.id(), attempts, now.plus(wait), String.valueOf(failure));
        later(lane, wait);
        return false;
    }

    private Inbound prepared(Inbound in) {
        Inbound out = in;
        UnaryOperator<Inbound> p = preparers.get(in.place().platform());
        try {
            if (p != null) out = p.apply(in);
            warmUp.accept(out);
        } catch (RuntimeException e) {
            log.warn("Preparing an event failed ({}); handling it as received", e.toString());
        }
        return out;
    }

    private void complete(String key, List<Action> actions) {
        CompletableFuture<List<Action>> f = watched.remove(key);
        if (f != null) f.complete(actions);
    }

    private void later(String lane, Duration wait) {
        try {
            timer.schedule(() -> lanes.kick(lane), Math.max(1, wait.toMillis()), TimeUnit.MILLISECONDS);
        } catch (java.util.concurrent.RejectedExecutionException ignored) {
            // shutting down: the inbox keeps it for the next start
        }
    }

    /** When the oldest event that should be handled by now arrived, if any waits. */
    public Optional<Instant> oldestWaiting() {
        return inbox.oldestDue(clock.instant());
    }

    /** Events stored and not yet handled, and lanes busy now. */
    public Load load() {
        return new Load(inbox.unfinished(), lanes.active());
    }

    public record Load(int unfinished, int busyLanes) {}

    /** Stops taking events: new ones are refused (not acknowledged), so the platform redelivers them. */
    public void stopAccepting() {
        accepting = false;
    }

    /** Waits until no lane is working, at most {@code timeout}; true if idle. */
    public boolean awaitIdle(Duration timeout) throws InterruptedException {
        long end = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < end) {
            if (lanes.active() == 0 && inFlight.get() == 0) return true;
            Thread.sleep(20);
        }
        return lanes.active() == 0 && inFlight.get() == 0;
    }

    @Override
    public void close() {
        accepting = false;
        timer.shutdownNow();
        pool.shutdown();
        try {
            if (!pool.awaitTermination(10, TimeUnit.SECONDS)) pool.shutdownNow();
        } catch (InterruptedException e) {
            pool.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }
}
