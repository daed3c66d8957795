package dev.frontline.app;

import dev.frontline.config.Secrets;
import dev.frontline.web.WebAccess;
import dev.frontline.web.WebServer;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import java.io.File;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The web view in a real browser (headless Chromium driven by Selenium): the one-time link from
 * /dashboard signs the owner in, the list links to a ticket whose transcript is readable, the
 * escalation queue and the metrics render, customer text is escaped; a reused or expired link and
 * a request without the session cookie are refused. A screenshot of each page goes to target/web-view/.
 */
class WebViewBrowserTest {
    private static final Path SHOTS = Path.of("target", "web-view");
    private static final String EXTRA = """
            {"at": "2026-11-27T09:00:00Z", "channel": "support", "thread": "t4", "user": "alex", "command": "/note", "text": "Billing confirmed the refund went out on Nov 25"}
            {"at": "2026-11-27T10:00:00Z", "channel": "support", "thread": "t5", "user": "gina", "name": "Gina", "text": "My invoice shows <script>alert('x')</script> & a wrong total"}
            {"at": "2026-11-27T10:05:00Z", "channel": "support", "thread": "t5", "user": "alex", "command": "/escalate", "text": ""}
            {"at": "2026-11-27T10:06:00Z", "user": "alex", "form": {"id": "last", "values": {}}}
            """;

    @TempDir
    Path dir;

    /** A clock the test moves, to let a link expire. */
    static final class TestClock extends Clock {
        volatile Instant now;

        TestClock(Instant now) {
            this.now = now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    static Optional<Path> firstExecutable(String env, String... candidates) {
        String fromEnv = System.getenv(env);
        return Stream.concat(Stream.ofNullable(fromEnv), Stream.of(candidates)).map(Path::of).filter(Files::isExecutable).findFirst();
    }

    @Test
    void anOwnerOpensTheOneTimeLinkClicksToATicketAndReadsItsTranscript() throws Exception {
        Optional<Path> chromium = firstExecutable("CHROME_BIN", "/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome");
        Optional<Path> driverBinary = firstExecutable("CHROMEDRIVER", "/usr/bin/chromedriver", "/usr/lib/chromium/chromedriver");
        Assumptions.assumeTrue(chromium.isPresent() && driverBinary.isPresent(),
                "Skipped: no Chromium or chromedriver found (install Debian's chromium and chromium-driver; .ci/run does)");

        Path transcript = Files.writeString(dir.resolve("days.jsonl"), Files.readString(Path.of("docs/examples/two-days.jsonl")) + EXTRA);
        PrintStream old = System.out;
        System.setOut(new PrintStream(new java.io.ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        try {
            assertEquals(0, Main.execute("replay", transcript.toString(), "--data", dir.resolve("data").toString()));
        } finally {
            System.setOut(old);
        }
        GlobalOptions options = new GlobalOptions();
        options.config = Path.of("bot-config");
        options.macros = Path.of("macros");
        options.data = dir.resolve("data");
        TestClock clock = new TestClock(Instant.parse("2026-11-27T16:00:00Z"));
        Files.createDirectories(SHOTS);

        try (AppContext ctx = AppContexts.open(options, Secrets.from(Map.of()))) {
            WebAccess access = new WebAccess(null, ctx.team(), ctx.onceGuard(), null);
            try (WebServer web = WebServer.start("127.0.0.1", 0, access, WebWiring.sources(ctx, clock))) {
                String base = "http://127.0.0.1:" + web.port();
                assertTrue(access.linkFor("alex", clock.instant()).isEmpty(), "agents get no link");
                String link = access.linkFor("olivia", clock.instant()).orElseThrow();
                assertTrue(link.startsWith(base + "/login?t="), link);

                ChromeOptions chrome = new ChromeOptions();
                chrome.setBinary(chromium.get().toFile());
                chrome.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu", "--window-size=1280,1000",
                        "--user-data-dir=" + dir.resolve("chrome-profile"));
                ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(driverBinary.get().toFile())
                        .usingAnyFreePort().build();
                WebDriver browser = new ChromeDriver(service, chrome);
                try {
                    browser.get(link);
                    assertEquals(base + "/tickets", browser.getCurrentUrl(), "the token leaves the address bar");
                    Cookie session = browser.manage().getCookieNamed("frontline_session");
                    assertTrue(session.isHttpOnly());
                    assertEquals("Strict", session.getSameSite());
                    assertTrue(Duration.between(Instant.now(), session.getExpiry().toInstant()).compareTo(Duration.ofHours(7)) > 0, "8 hours");
                    List<WebElement> links = browser.findElements(By.className("ticket-link"));
                    assertEquals(List.of("#5", "#4", "#3", "#2", "#1"), links.stream().map(WebElement::getText).toList());
                    shot(browser, "tickets");

                    browser.get(base + "/tickets?status=escalated");
                    assertEquals(List.of("#5", "#4"), texts(browser, By.className("ticket-link")), "filter: escalated (#4 was approved and stays with billing)");
                    browser.get(base + "/tickets?tag=login&agent=alex&from=2026-11-24&to=2026-11-24");
                    assertEquals(List.of("#1"), texts(browser, By.className("ticket-link")), "filters: tag, agent, dates");

                    browser.findElement(By.linkText("#1")).click();
                    assertEquals(base + "/tickets/1", browser.getCurrentUrl());
                    String history = browser.findElement(By.id("transcript")).getText();
                    assertTrue(history.contains("Carol — customer: Hi, I can't log in to my account"), history);
                    assertTrue(history.contains("That worked, thanks a lot"), history);
                    assertTrue(history.contains("macro: login-password-reset"), history);
                    assertTrue(history.contains("CSAT: helpful"), history);
                    shot(browser, "ticket");

                    browser.get(base + "/tickets/4");
                    String four = browser.findElement(By.id("transcript")).getText();
                    assertTrue(four.contains("Alex — private note: Billing confirmed the refund went out on Nov 25"), four);
                    assertEquals(1, browser.findElements(By.xpath("//ul[@id='transcript']/li[contains(@class, 'note')][contains(., 'Billing confirmed')]/span[@class='private']")).size(), "the note is marked private");
                    assertTrue(four.contains("escalation decision: approved"), four);
                    shot(browser, "ticket-4");

                    browser.get(base + "/tickets/5");
                    String escaped = browser.findElement(By.id("transcript")).getText();
                    assertTrue(escaped.contains("My invoice shows <script>alert('x')</script> & a wrong total"), "shown as text: " + escaped);
                    assertFalse(browser.getPageSource().contains("<script>alert"), "never as markup");

                    browser.findElement(By.id("nav-escalations")).click();
                    assertTrue(browser.findElement(By.id("escalations")).getText().contains("#5"));
                    shot(browser, "escalations");

                    browser.findElement(By.id("nav-metrics")).click();
                    String metrics = browser.findElement(By.id("metrics")).getText();
                    assertTrue(metrics.contains("console this week 5 3"), metrics);
                    shot(browser, "metrics");

                    HttpClient http = HttpClient.newHttpClient();
                    HttpResponse<byte[]> chart = http.send(HttpRequest.newBuilder(URI.create(base + "/chart.png"))
                            .header("Cookie", "frontline_session=" + session.getValue()).build(), HttpResponse.BodyHandlers.ofByteArray());
                    assertEquals(200, chart.statusCode());
                    assertEquals((byte) 0x89, chart.body()[0], "a PNG");
                    assertEquals(401, status(http, base + "/tickets", null), "no cookie");
                    assertEquals(401, status(http, base + "/tickets", "frontline_session=forged.token"), "a forged cookie");

                    browser.get(link);
                    assertTrue(browser.findElement(By.id("message")).getText().contains("already used"), "a link works once");
                    assertEquals(403, status(http, link, null));
                    String expiring = access.linkFor("olivia", clock.instant()).orElseThrow();
                    clock.now = clock.now.plus(WebAccess.LINK_VALID).plusSeconds(1);
                    browser.manage().deleteAllCookies();
                    browser.get(expiring);
                    assertTrue(browser.findElement(By.id("message")).getText().contains("expired"), "15 minutes, then refused");
                    shot(browser, "refused");
                    browser.get(base + "/tickets");
                    assertTrue(browser.findElement(By.id("message")).getText().contains("/dashboard"), "signed out: sign-in hint");
                } finally {
                    browser.quit();
                }
            }
        }
    }

    private static List<String> texts(WebDriver browser, By by) {
        return browser.findElements(by).stream().map(WebElement::getText).toList();
    }

    private static int status(HttpClient http, String url, String cookie) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url));
        if (cookie != null) b.header("Cookie", cookie);
        return http.send(b.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private static void shot(WebDriver browser, String name) throws Exception {
        File png = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
        Files.copy(png.toPath(), SHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }
}
