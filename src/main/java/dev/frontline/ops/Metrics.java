package dev.frontline.ops;

import dev.frontline.core.port.Delivery;
import dev.frontline.dispatch.DispatchObserver;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.jvm.ClassLoaderMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.function.ToDoubleFunction;

/**
 * The bot's metrics, {@code frontline_}-prefixed, plus the JVM's. Labels are platforms, kinds,
 * categories and outcomes: never customer text or user ids (they would leak and explode the series).
 */
public final class Metrics implements DispatchObserver {
    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);

    public Metrics() {
        new JvmMemoryMetrics().bindTo(registry);
        new JvmGcMetrics().bindTo(registry);
        new JvmThreadMetrics().bindTo(registry);
        new ClassLoaderMetrics().bindTo(registry);
        new ProcessorMetrics().bindTo(registry);
        new UptimeMetrics().bindTo(registry);
    }

    public PrometheusMeterRegistry registry() {
        return registry;
    }

    @Override
    public void received(String platform, String kind, boolean fresh) {
        Counter.builder("frontline_events_received").description("Inbound events stored (fresh) or recognised as duplicates")
                .tags("platform", platform, "kind", kind, "duplicate", String.valueOf(!fresh)).register(registry).increment();
    }

    @Override
    public void handled(String platform, String kind, long nanos, boolean ok) {
        if (ok) {
            Timer.builder("frontline_event_handling").description("From taking an event off its lane to its commit")
                    .tags("platform", platform, "kind", kind).publishPercentileHistogram().serviceLevelObjectives(Duration.ofMillis(10),
                            Duration.ofMillis(100), Duration.ofSeconds(1)).register(registry).record(nanos, TimeUnit.NANOSECONDS);
        } else {
            Counter.builder("frontline_events_failed").description("Events set aside after every attempt failed")
                    .tags("platform", platform, "kind", kind).register(registry).increment();
        }
    }

    @Override
    public void delivered(String platform, String action, Delivery.Status status) {
        Counter.builder("frontline_outbox_attempts").description("Delivery attempts of outgoing actions, by outcome")
                .tags("platform", platform, "action", action, "outcome", status.name().toLowerCase()).register(registry).increment();
    }

    /** A gauge read when scraped, e.g. the outbox backlog from the database. */
    public <T> void gauge(String name, String description, T source, ToDoubleFunction<T> value, String... tags) {
        Gauge.builder(name, source, value).description(description).tags(tags).register(registry);
    }

    /** Counts one thing the core reports (an escalation, an SLA breach, a suggestion sent …). */
    public void count(String name, String description, String... tags) {
        Counter.builder(name).description(description).tags(tags).register(registry).increment();
    }

    public void time(String name, String description, long nanos, String... tags) {
        Timer.builder(name).description(description).tags(tags).publishPercentileHistogram().register(registry)
                .record(nanos, TimeUnit.NANOSECONDS);
    }
}
