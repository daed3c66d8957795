package dev.frontline.dispatch;

import dev.frontline.core.model.Action;
import dev.frontline.core.port.ChatPlatform;
import dev.frontline.core.port.Delivery;
import dev.frontline.core.port.Outgoing;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Delivers one platform's outbox: claims due actions (per conversation or card only the oldest
 * unfinished one, so order holds), hands each to the platform, and records the outcome. A refused
 * connection, a 429 (waiting its Retry-After) or a 5xx is retried with backoff for up to a day; a
 * timeout is ambiguous, so the platform is asked whether the post arrived before anything is sent
 * again; an action is never posted twice on purpose. Survives restarts: what is not recorded as
 * sent is still in the outbox.
 */
public final class OutboxSender implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(OutboxSender.class);
    /**
     * How long a claimed action is ours: longer than one call (10 s at most) plus a delivery check,
     * short enough that another replica takes over soon after this one dies.
     */
    private static final Duration LEASE = Duration.ofSeconds(30);
    /** With the backoff capped at a minute, about a day of attempts. */
    private static final int MAX_ATTEMPTS = 1_500;
    private static final Duration IDLE_POLL = Duration.ofSeconds(1);
    private static final int BATCH = 64;

    private final ChatPlatform platform;
    private final OutboxStore outbox;
    private final Clock clock;
    private final String owner = UUID.randomUUID().toString();
    private final ExecutorService workers;
    private final Semaphore wake = new Semaphore(0);
    private final AtomicInteger delivering = new AtomicInteger();
    /** Deliveries not yet recorded: written with the next claim, in one transaction. */
    private final java.util.concurrent.ConcurrentLinkedQueue<OutboxStore.Delivered> delivered = new java.util.concurrent.ConcurrentLinkedQueue<>();
    private volatile boolean batching;
    /** At most this many actions claimed and not yet delivered: claiming more would only let their leases run out in a queue. */
    private final int capacity;
    private volatile boolean running;
    private volatile DispatchObserver observer = DispatchObserver.NONE;
    private Thread loop;

    /** @param parallel how many actions (of different conversations) may be in flight at once */
    public OutboxSender(ChatPlatform platform, OutboxStore outbox, Clock clock, int parallel) {
        this.platform = platform;
        this.outbox = outbox;
        this.clock = clock;
        AtomicInteger n = new AtomicInteger();
        this.capacity = parallel * 2;
        this.workers = Executors.newFixedThreadPool(parallel, r -> {
            Thread t = new Thread(r, platform.name() + "-send-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    public String platform() {
        return platform.name();
    }

    public void observeWith(DispatchObserver observer) {
        this.observer = observer;
    }

    /** Starts delivering in the background until {@link #close}. */
    public synchronized void start() {
        if (running) return;
        running = true;
        batching = true;
        loop = new Thread(this::run, platform.name() + "-outbox");
        loop.setDaemon(true);
        loop.start();
    }

    /** Something was added to the outbox (or a delivery finished): look again now. */
    public void wakeUp() {
        wake.release();
    }

    private void run() {
        while (running) {
            try {
                int room = capacity - delivering.get();
                if (room <= 0) {
                    // Every worker is busy: wait for one to finish (it wakes this loop up).
                    wake.tryAcquire(IDLE_POLL.toMillis(), TimeUnit.MILLISECONDS);
                    continue;
                }
                int claimed = claimAndDeliver(true, room);
                if (claimed == 0) {
                    Duration wait = outbox.nextDue(platform.name()).map(d -> Duration.between(clock.instant(), d))
                            .filter(d -> !d.isNegative()).map(d -> d.compareTo(IDLE_POLL) < 0 ? d : IDLE_POLL).orElse(IDLE_POLL);
                    wake.tryAcquire(Math.max(1, wait.toMillis()), TimeUnit.MILLISECONDS);
                    wake.drainPermits();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                log.error("The {} outbox could not be read; trying again in 2 s", platform.name(), e);
                sleep(2000);
            }
        }
    }

    /**
     * Delivers everything due now on the calling thread, in order (the console and replay, which
     * print each answer before the next line). Returns how many actions were handled.
     */
    public int flushNow() {
        int total = 0;
        int claimed;
        do {
            claimed = claimAndDeliver(false, BATCH);
            total += claimed;
        } while (claimed > 0);
        return total;
    }

    private int claimAndDeliver(boolean inParallel, int max) {
        List<OutboxStore.Delivered> done = drainDelivered();
        List<Outgoing> due;
        try {
            due = outbox.recordAndClaim(done, platform.name(), clock.instant(), Math.min(max, BATCH), owner, LEASE);
        } catch (RuntimeException e) {
            delivered.addAll(done); // recorded next time; until then their leases keep them from going twice
            throw e;
        }
        for (Outgoing o : due) {
            if (inParallel) {
                delivering.incrementAndGet();
                workers.execute(() -> {
                    try {
                        deliver(o);
                    } finally {
                        delivering.decrementAndGet();
                        wakeUp(); // the next action of the same conversation may now go
                    }
                });
            } else {
                deliver(o);
            }
        }
        return due.size();
    }

    private void deliver(Outgoing o) {
        org.slf4j.MDC.put("platform", platform.name());
        org.slf4j.MDC.put("lane", "out:" + o.action().platform() + ":" + o.id());
        try {
            deliverLogged(o);
        } finally {
            org.slf4j.MDC.clear();
        }
    }

    private void deliverLogged(Outgoing o) {
        Instant now = clock.instant();
        Delivery d;
        try {
            ChatPlatform.Verification v = o.verifyFirst() ? platform.verify(o) : ChatPlatform.Verification.SAFE_TO_SEND;
            if (v == ChatPlatform.Verification.UNKNOWN && repeatable(o.action())) v = ChatPlatform.Verification.SAFE_TO_SEND;
            d = switch (v) {
                case ALREADY_DELIVERED -> Delivery.sent(null);
                case SAFE_TO_SEND -> platform.deliver(o);
                case CHECK_LATER -> Delivery.ambiguous("could not check yet whether an earlier attempt arrived");
                case UNKNOWN -> Delivery.failed("an earlier attempt may have been delivered and " + platform.name()
                        + " cannot tell; not repeated so that nobody gets it twice");
            };
        } catch (RuntimeException e) {
            // A platform must not throw; if one does, treat it as "maybe sent": checked, never blindly repeated.
            log.error("{} threw delivering outbox row {}", platform.name(), o.id(), e);
            d = Delivery.ambiguous(e.toString());
        }
        record(o, d, now);
    }

    /** Actions that change nothing when done twice may be repeated without a check. */
    private static boolean repeatable(Action a) {
        return a instanceof Action.UpdateCard || a instanceof Action.StartThread;
    }

    private void record(Outgoing o, Delivery d, Instant now) {
        observer.delivered(platform.name(), kind(o), d.status());
        switch (d.status()) {
            case SENT -> {
                if (batching) delivered.add(new OutboxStore.Delivered(o.id(), d.ref(), clock.instant()));
                else outbox.sent(o.id(), d.ref(), clock.instant());
            }
            case FAILED -> {
                log.warn("{} refused outbox row {} ({}) for good: {}", platform.name(), o.id(), kind(o), d.detail());
                outbox.failed(o.id(), d.detail(), now);
            }
            case RETRY, AMBIGUOUS -> {
                int attempts = o.attempts() + 1;
                Duration wait = backoff(attempts, d.retryAfter());
                if (attempts > MAX_ATTEMPTS) {
                    log.error("{} outbox row {} ({}) not delivered after {} attempts; giving up: {}", platform.name(), o.id(), kind(o),
                            attempts, d.detail());
                    outbox.failed(o.id(), d.detail(), now);
                    return;
                }
                if (d.status() == Delivery.Status.AMBIGUOUS) {
                    log.info("{} outbox row {} ({}) may have been delivered ({}); checking before any new attempt", platform.name(), o.id(),
                            kind(o), d.detail());
                    outbox.verifyLater(o.id(), attempts, now.plus(wait), d.detail());
                } else {
                    log.info("{} outbox row {} ({}) not delivered ({}); retrying in {} ms", platform.name(), o.id(), kind(o), d.detail(),
                            wait.toMillis());
                    outbox.retry(o.id(), attempts, now.plus(wait), d.detail());
                }
            }
        }
    }

    private List<OutboxStore.Delivered> drainDelivered() {
        List<OutboxStore.Delivered> done = new java.util.ArrayList<>();
        OutboxStore.Delivered d;
        while ((d = delivered.poll()) != null) done.add(d);
        return done;
    }

    /** Writes deliveries not yet recorded (at a stop). */
    private void recordDelivered() {
        List<OutboxStore.Delivered> done = drainDelivered();
        for (OutboxStore.Delivered d : done) outbox.sent(d.id(), d.ref(), d.at());
    }

    /** Exponential from 0.5 s, at most a minute; never shorter than what the platform asked for. */
    static Duration backoff(int attempts, Duration retryAfter) {
        long ms = Math.min(60_000, 500L << Math.min(attempts - 1, 7));
        ms += (long) (Math.random() * ms * 0.2);
        Duration d = Duration.ofMillis(ms);
        return retryAfter != null && retryAfter.compareTo(d) > 0 ? retryAfter : d;
    }

    private static String kind(Outgoing o) {
        return o.action().getClass().getSimpleName();
    }

    /** Actions being delivered now. */
    public int inFlight() {
        return delivering.get();
    }

    /** Waits until nothing is due or in flight, at most {@code timeout} (graceful shutdown). */
    public boolean drain(Duration timeout) throws InterruptedException {
        long end = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < end) {
            wakeUp();
            boolean nothingDue = outbox.nextDue(platform.name()).map(d -> d.isAfter(clock.instant())).orElse(true);
            if (nothingDue && delivering.get() == 0 && delivered.isEmpty()) return true;
            Thread.sleep(20);
        }
        return false;
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        running = false;
        wakeUp();
        workers.shutdown();
        try {
            if (!workers.awaitTermination(5, TimeUnit.SECONDS)) workers.shutdownNow();
            if (loop != null) loop.join(2000);
        } catch (InterruptedException e) {
            workers.shutdownNow();
            Thread.currentThread().interrupt();
        }
        try {
            recordDelivered();
        } catch (RuntimeException e) {
            log.warn("Could not record the last deliveries on {} ({}); they are checked for at the next start", platform.name(), e.toString());
        }
    }
}
