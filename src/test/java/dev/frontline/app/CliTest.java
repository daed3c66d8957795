package dev.frontline.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The CLI as a user runs it: check, replay and the console script mode, against the shipped config. */
class CliTest {
    @TempDir
    Path dir;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private PrintStream oldOut;
    private PrintStream oldErr;
    private InputStream oldIn;

    @BeforeEach
    void capture() {
        oldOut = System.out;
        oldErr = System.err;
        oldIn = System.in;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void restore() {
        System.setOut(oldOut);
        System.setErr(oldErr);
        System.setIn(oldIn);
    }

    private String stdout() {
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void checkPassesOnTheShippedConfig() {
        int code = Main.execute("check");
        assertEquals(0, code, stdout() + err);
        assertTrue(stdout().contains("OK"));
    }

    @Test
    void evalNamesABadCasesLineOrAMissingFileAndExitsTwoWithoutAStackTrace() throws IOException {
        Path cases = dir.resolve("cases.jsonl");
        Files.writeString(cases, "{\"text\": \"I can't log in\", \"macro\": \"login-password-reset\"}\nnot json\n");

        int code = Main.execute("eval", "--macros", "macros", "--cases", cases.toString(), "--lexical");

        assertEquals(2, code);
        String errors = err.toString(StandardCharsets.UTF_8);
        assertTrue(errors.contains("cases.jsonl:2: not JSON"), errors);
        assertTrue(!errors.contains("\tat "), "no stack trace: " + errors);

        err.reset();
        assertEquals(2, Main.execute("eval", "--macros", "macros", "--cases", dir.resolve("absent.jsonl").toString(), "--lexical"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("no such cases file"), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void aDataFolderThatCannotBeUsedIsNamedInOneLine() throws IOException {
        Path notAFolder = Files.writeString(dir.resolve("data"), "a file, not a folder");
        System.setIn(new ByteArrayInputStream(new byte[0]));

        int code = Main.execute("console", "--data", notAFolder.toString());

        assertEquals(1, code);
        String errors = err.toString(StandardCharsets.UTF_8);
        assertTrue(errors.startsWith("Frontline cannot use its data folder: Cannot open the database in " + notAFolder), errors);
        assertTrue(errors.contains("--data DIR") && !errors.contains("\tat "), errors);
    }

    @Test
    void checkListsProblemsAsFileLineMessageAndExitsTwo() throws IOException {
        Path config = dir.resolve("cfg");
        Files.createDirectories(config);
        Files.copy(Path.of("bot-config/coverage.yaml"), config.resolve("coverage.yaml"));
        Files.writeString(config.resolve("frontline.yaml"), Files.readString(Path.of("bot-config/frontline.yaml"))
                .replace("timezone: Europe/Berlin", "timezone: Mars/Olympus"));

        int code = Main.execute("check", "--config", config.toString());

        assertEquals(2, code);
        assertTrue(stdout().lines().anyMatch(l -> l.matches(".*frontline\\.yaml:\\d+: unknown time zone 'Mars/Olympus' \\(.*\\)")), stdout());
    }

    @Test
    void oneMistakeInTheConfigIsOneLineOfCheckNotACascadeOverTheMacros() throws IOException {
        Path config = dir.resolve("cfg");
        Files.createDirectories(config);
        for (String f : List.of("frontline.yaml", "coverage.yaml", "glossary.yaml", "escalation.yaml", "docs.yaml")) {
            Files.copy(Path.of("bot-config", f), config.resolve(f));
        }
        Files.writeString(config.resolve("frontline.yaml"), Files.readString(config.resolve("frontline.yaml"))
                .replace("timezone: Europe/Berlin", "timezone: Mars/Olympus"));

        int code = Main.execute("check", "--config", config.toString());

        assertEquals(2, code);
        List<String> problems = stdout().lines().filter(l -> l.matches(".*:\\d+: .*")).toList();
        assertEquals(1, problems.size(), "one mistake, one line: " + stdout());
        assertTrue(problems.get(0).contains("unknown time zone 'Mars/Olympus'"), stdout());
    }

    @Test
    void replayOfTheReadmeExamplePrintsTheDocumentedJsonLines() throws IOException {
        int code = Main.execute("replay", "docs/examples/first-ticket.jsonl", "--data", dir.toString());

        assertEquals(0, code, err.toString());
        ObjectMapper json = new ObjectMapper();
        List<JsonNode> lines = new ArrayList<>();
        for (String l : stdout().split("\n")) if (!l.isBlank()) lines.add(json.readTree(l));
        assertEquals(9, lines.size(), stdout());
        assertTrue(lines.get(0).get("text").asText().startsWith("Start of shift — Berlin"), "catch-up of the 09:00 shift post");
        lines.remove(0);
        for (JsonNode l : lines) {
            for (String key : List.of("at", "channel", "thread", "audience", "kind", "text", "buttons")) {
                assertTrue(l.has(key), key + " missing in " + l);
            }
        }
        assertEquals("public", lines.get(0).get("audience").asText());
        assertEquals("t1", lines.get(0).get("thread").asText());
        assertTrue(lines.get(0).get("text").asText().contains("ticket #1"));
        assertEquals("staff", lines.get(1).get("audience").asText());
        JsonNode suggestions = lines.get(2);
        assertEquals("staff", suggestions.get("audience").asText(), "suggestions are never public");
        assertTrue(suggestions.get("buttons").get(0).get("id").asText().startsWith("sug:1:login-password-reset:"), suggestions.toString());
        assertTrue(lines.get(4).get("text").asText().contains("(customer-confirms-solved)"), lines.get(4).toString());
        assertEquals("2026-11-24T09:13:00Z", lines.get(5).get("at").asText());
        assertTrue(lines.get(5).get("text").asText().contains("resolved"));
        assertEquals("csat:1:" + java.time.Instant.parse("2026-11-24T09:13:00Z").toEpochMilli() + ":yes",
                lines.get(7).get("buttons").get(0).get("id").asText(), "resolving asks the customer for CSAT");
    }

    @Test
    void replayReportsABadLineAndCarriesOn() throws IOException {
        Path transcript = dir.resolve("t.jsonl");
        Files.writeString(transcript, """
                {"at": "2026-11-24T09:00:00Z", "channel": "support", "thread": "a", "user": "carol", "text": "hello"}
                this is not json
                {"at": "yesterday", "channel": "support", "user": "carol", "text": "x"}
                {"at": "2026-11-24T09:01:00Z", "channel": "support", "thread": "b", "user": "dave", "text": "hi too"}
                """);

        int code = Main.execute("replay", transcript.toString(), "--data", dir.resolve("data").toString());

        assertEquals(1, code);
        assertEquals(7, stdout().lines().count(), "the shift post, then two tickets with three lines each: " + stdout());
        String errors = err.toString(StandardCharsets.UTF_8);
        assertTrue(errors.contains("\"line\":2"), errors);
        assertTrue(errors.contains("\"line\":3") && errors.contains("ISO-8601"), errors);
    }

    @Test
    void aTicketOpenedOnTheConsoleIsStillThereAfterARestart() {
        String data = dir.resolve("data").toString();
        System.setIn(new ByteArrayInputStream("""
                :as carol
                My invoice is wrong
                :as alex
                Sorry about that, fixing it now.
                /resolve fixed invoice
                """.getBytes(StandardCharsets.UTF_8)));
        assertEquals(0, Main.execute("console", "--data", data));
        out.reset();

        System.setIn(new ByteArrayInputStream("""
                :as alex
                /ticket 1
                """.getBytes(StandardCharsets.UTF_8)));
        assertEquals(0, Main.execute("console", "--data", data));

        String page = stdout();
        assertTrue(page.contains("Ticket #1 — resolved"), page);
        assertTrue(page.contains("customer message by carol: My invoice is wrong"), page);
        assertTrue(page.contains("agent reply by Alex: Sorry about that, fixing it now."), page);
        assertTrue(page.contains("resolved by Alex: fixed invoice"), page);
    }
}
