package dev.frontline.web;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;

/**
 * The web view on {@code FRONTLINE_WEB_PORT}: {@code /login?t=…} turns a one-time link into a
 * session cookie (HttpOnly, SameSite=Strict, 8 hours) and redirects, so the token leaves the
 * address bar; every other page needs that cookie (401 without, 403 when the holder is no longer an
 * owner or lead). Read-only: only GET and HEAD are answered.
 */
public final class WebServer implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(WebServer.class);
    static final String COOKIE = "frontline_session";

    private final HttpServer server;
    private final WebAccess access;
    private final WebPages pages;
    private final WebSources sources;
    private final boolean secureCookie;

    private WebServer(HttpServer server, WebAccess access, WebSources sources, boolean secureCookie) {
        this.server = server;
        this.access = access;
        this.sources = sources;
        this.pages = new WebPages(sources, access);
        this.secureCookie = secureCookie;
    }

    public static WebServer start(String bind, int port, WebAccess access, WebSources sources) throws IOException {
        HttpServer http = HttpServer.create(new InetSocketAddress(bind, port), 0);
        http.setExecutor(Executors.newFixedThreadPool(2, r -> {
            Thread t = new Thread(r, "web-view");
            t.setDaemon(true);
            return t;
        }));
        String host = bind.contains(":") ? "[" + bind + "]" : bind;
        access.baseUrlIfUnset("http://" + (bind.equals("0.0.0.0") ? "127.0.0.1" : host) + ":" + http.getAddress().getPort());
        WebServer web = new WebServer(http, access, sources, false);
        http.createContext("/", web::handle);
        http.start();
        log.info("Web view on http://{}:{}/ (sign in with /dashboard)", bind, http.getAddress().getPort());
        return web;
    }

    public int port() {
        return server.getAddress().getPort();
    }

    private void handle(HttpExchange ex) throws IOException {
        try {
            if (!ex.getRequestMethod().equals("GET") && !ex.getRequestMethod().equals("HEAD")) {
                send(ex, 405, "text/plain; charset=utf-8", "read-only".getBytes(StandardCharsets.UTF_8));
                return;
            }
            String path = ex.getRequestURI().getPath();
            Map<String, String> query = query(ex.getRequestURI().getRawQuery());
            if (path.equals("/login")) {
                login(ex, query.get("t"));
                return;
            }
            Optional<String> user = sessionUser(ex);
            if (user.isEmpty()) {
                html(ex, 401, pages.message("Sign in", "Ask the bot for a link with /dashboard (owners and leads)."));
                return;
            }
            if (!WebAccess.mayView(access.roleOf(user.get()))) {
                html(ex, 403, pages.message("Not allowed", "Only owners and leads may open the web view."));
                return;
            }
            String viewer = access.nameOf(user.get());
            if (path.equals("/") || path.equals("/tickets")) html(ex, 200, pages.tickets(viewer, query));
            else if (path.matches("/tickets/\\d{1,18}")) {
                Optional<String> page = pages.ticket(viewer, Long.parseLong(path.substring("/tickets/".length())));
                if (page.isPresent()) html(ex, 200, page.get());
                else html(ex, 404, pages.message("Not found", "No such ticket."));
            } else if (path.equals("/escalations")) html(ex, 200, pages.escalations(viewer));
            else if (path.equals("/metrics")) html(ex, 200, pages.metrics(viewer));
            else if (path.equals("/chart.png")) send(ex, 200, "image/png", pages.chartPng());
            else html(ex, 404, pages.message("Not found", "No such page."));
        } catch (RuntimeException e) {
            log.error("Web view failed on {}", ex.getRequestURI().getPath(), e);
            html(ex, 500, pages.message("Something went wrong", "The error is in the bot's log."));
        } finally {
            ex.close();
        }
    }

    private void login(HttpExchange ex, String token) throws IOException {
        WebAccess.Redeemed r = access.redeem(token, sources.clock().instant());
        if (r instanceof WebAccess.Redeemed.Session s) {
            ex.getResponseHeaders().add("Set-Cookie", COOKIE + "=" + s.token() + "; Path=/; Max-Age=" + WebAccess.SESSION_VALID.toSeconds()
                    + "; HttpOnly; SameSite=Strict" + (secureCookie ? "; Secure" : ""));
            ex.getResponseHeaders().add("Location", "/tickets");
            send(ex, 303, "text/plain; charset=utf-8", new byte[0]);
        } else {
            html(ex, 403, pages.message("Link refused", ((WebAccess.Redeemed.Refused) r).reason()));
        }
    }

    private Optional<String> sessionUser(HttpExchange ex) {
        List<String> cookies = ex.getRequestHeaders().getOrDefault("Cookie", List.of());
        for (String header : cookies) {
            for (String part : header.split(";")) {
                String p = part.trim();
                if (p.startsWith(COOKIE + "=")) {
                    Optional<String> user = access.sessionUser(p.substring(COOKIE.length() + 1), sources.clock().instant());
                    if (user.isPresent()) return user;
                }
            }
        }
        return Optional.empty();
    }

    private static Map<String, String> query(String raw) {
        Map<String, String> out = new LinkedHashMap<>();
        if (raw == null || raw.isEmpty()) return out;
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            String k = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String v = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            out.putIfAbsent(k, v);
        }
        return out;
    }

    private static void html(HttpExchange ex, int status, String body) throws IOException {
        send(ex, status, "text/html; charset=utf-8", body.getBytes(StandardCharsets.UTF_8));
    }

    private static void send(HttpExchange ex, int status, String type, byte[] body) throws IOException {
        var h = ex.getResponseHeaders();
        h.add("Content-Type", type);
        // No scripts at all; styles inline; pages never framed; the one-time token never leaves in a Referer.
        h.add("Content-Security-Policy", "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; form-action 'self'; frame-ancestors 'none'");
        h.add("X-Content-Type-Options", "nosniff");
        h.add("Referrer-Policy", "no-referrer");
        h.add("Cache-Control", "no-store");
        boolean head = ex.getRequestMethod().equals("HEAD");
        ex.sendResponseHeaders(status, head || body.length == 0 ? -1 : body.length);
        if (!head && body.length > 0) ex.getResponseBody().write(body);
    }

    @Override
    public void close() {
        server.stop(0);
        ((java.util.concurrent.ExecutorService) server.getExecutor()).shutdownNow();
    }
}
