package dev.frontline.ops;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Executors;
import java.util.function.Supplier;

/**
 * {@code GET /healthz}, {@code /readyz} (JSON, 200 or 503) and {@code /metrics} (Prometheus text) on
 * the management port. Binds 127.0.0.1 unless told otherwise: metrics say how busy the desk is.
 */
public final class ManagementServer implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(ManagementServer.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpServer server;

    private ManagementServer(HttpServer server) {
        this.server = server;
    }

    public static ManagementServer start(String bind, int port, Health health, PrometheusMeterRegistry registry) throws IOException {
        // Answer at once: without TCP_NODELAY, Nagle and delayed ACKs add 40 ms to every small response.
        System.setProperty("sun.net.httpserver.nodelay", "true");
        HttpServer server = HttpServer.create(new InetSocketAddress(bind, port), 0);
        server.setExecutor(Executors.newFixedThreadPool(2, r -> {
            Thread t = new Thread(r, "management");
            t.setDaemon(true);
            return t;
        }));
        server.createContext("/healthz", ex -> report(ex, health::liveness));
        server.createContext("/readyz", ex -> report(ex, health::readiness));
        server.createContext("/metrics", ex -> {
            if (!get(ex)) return;
            byte[] body = registry.scrape().getBytes(StandardCharsets.UTF_8);
            ex.getResponseHeaders().add("Content-Type", "text/plain; version=0.0.4; charset=utf-8");
            ex.sendResponseHeaders(200, body.length);
            ex.getResponseBody().write(body);
            ex.close();
        });
        server.start();
        log.info("Management endpoints on http://{}:{}/ (healthz, readyz, metrics)", bind, server.getAddress().getPort());
        return new ManagementServer(server);
    }

    public int port() {
        return server.getAddress().getPort();
    }

    private static boolean get(HttpExchange ex) throws IOException {
        if (ex.getRequestMethod().equals("GET") || ex.getRequestMethod().equals("HEAD")) return true;
        ex.sendResponseHeaders(405, -1);
        ex.close();
        return false;
    }

    private static void report(HttpExchange ex, Supplier<Health.Report> check) throws IOException {
        if (!get(ex)) return;
        Health.Report r;
        try {
            r = check.get();
        } catch (RuntimeException e) {
            r = new Health.Report(false, java.util.List.of(new Health.Check("health", false, e.toString())));
        }
        ObjectNode body = JSON.createObjectNode().put("status", r.ok() ? "UP" : "DOWN");
        ArrayNode checks = body.putArray("checks");
        for (Health.Check c : r.checks()) checks.addObject().put("name", c.name()).put("ok", c.ok()).put("detail", c.detail());
        byte[] bytes = body.toString().getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().add("Content-Type", "application/json");
        ex.sendResponseHeaders(r.ok() ? 200 : 503, bytes.length);
        ex.getResponseBody().write(bytes);
        ex.close();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
