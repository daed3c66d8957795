package dev.frontline.config;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ConfigLoaderTest {
    @TempDir
    Path dir;

    private void copyShippedConfig() throws IOException {
        for (String f : List.of(ConfigLoader.MAIN_FILE, ConfigLoader.COVERAGE_FILE, ConfigLoader.DOCS_FILE,
                ConfigLoader.GLOSSARY_FILE, ConfigLoader.ESCALATION_FILE)) {
            Files.copy(Path.of("bot-config", f), dir.resolve(f));
        }
    }

    private List<ConfigProblem> problems() {
        return assertThrows(ConfigException.class, () -> ConfigLoader.load(dir)).problems();
    }

    private void replaceIn(String file, String from, String to) throws IOException {
        Path p = dir.resolve(file);
        String text = Files.readString(p);
        assertTrue(text.contains(from), "fixture must contain " + from);
        Files.writeString(p, text.replace(from, to));
    }

    private static int lineOf(Path file, String text) throws IOException {
        List<String> lines = Files.readAllLines(file);
        for (int i = 0; i < lines.size(); i++) if (lines.get(i).contains(text)) return i + 1;
        throw new AssertionError(text + " not in " + file);
    }

    @Test
    void theShippedConfigIsValid() throws IOException {
        copyShippedConfig();
        BotConfig config = ConfigLoader.load(dir);
        assertEquals("Europe/Berlin", config.frontline().workspace().timezone());
        assertEquals(Duration.ofHours(4), config.coverage().sla().firstResponse());
        assertTrue(config.frontline().channels().containsKey("console"));
    }

    @Test
    void anUnknownKeyIsReportedAtItsLineWithADidYouMeanHint() throws IOException {
        copyShippedConfig();
        replaceIn("frontline.yaml", "    guarded_until: 2026-12-31", "    guarded_untill: 2026-12-31");

        ConfigProblem p = problems().get(0);

        assertEquals(lineOf(dir.resolve("frontline.yaml"), "guarded_untill"), p.line());
        assertTrue(p.message().contains("unknown key 'guarded_untill'"), p.message());
        assertTrue(p.hint().contains("did you mean 'guarded_until'"), p.hint());
        assertTrue(p.toString().matches(".*frontline\\.yaml:\\d+: unknown key.*"), p.toString());
    }

    @Test
    void aMissingRequiredFieldIsReported() throws IOException {
        copyShippedConfig();
        replaceIn("coverage.yaml", "  first_response: 4h              # covered time until the first reply\n", "");

        List<ConfigProblem> problems = problems();

        assertTrue(problems.stream().anyMatch(p -> p.message().contains("missing required key 'first_response'")
                && p.file().endsWith("coverage.yaml")), problems.toString());
    }

    @Test
    void aBadTimeZoneIsReportedAtItsLineWithASuggestion() throws IOException {
        copyShippedConfig();
        replaceIn("frontline.yaml", "timezone: Europe/Berlin", "timezone: Europe/Berln");

        ConfigProblem p = problems().get(0);

        assertEquals(lineOf(dir.resolve("frontline.yaml"), "Europe/Berln"), p.line());
        assertTrue(p.message().contains("unknown time zone 'Europe/Berln'"));
        assertTrue(p.hint().contains("Europe/Berlin"), p.hint());
    }

    @Test
    void everyProblemInEveryFileIsListedAtOnce() throws IOException {
        copyShippedConfig();
        replaceIn("frontline.yaml", "role: lead", "role: boss");
        replaceIn("coverage.yaml", "\"13:30-16:00\"", "\"16:00-13:30\"");
        replaceIn("coverage.yaml", "model: business_hours", "model: businesshours");

        List<ConfigProblem> problems = problems();

        assertEquals(3, problems.size(), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.message().contains("unknown role 'boss'")));
        assertTrue(problems.stream().anyMatch(p -> p.message().contains("bad interval '16:00-13:30'")));
        assertTrue(problems.stream().anyMatch(p -> p.hint() != null && p.hint().contains("did you mean 'business_hours'")));
    }

    @Test
    void anUnknownKeyDoesNotHideTheOtherProblemsOfItsFileAndEveryWrongValueIsReported() throws IOException {
        copyShippedConfig();
        replaceIn("docs.yaml", "    title: \"Keeping your account secure\"", "    title: \"Keeping your account secure\"\n    bogus: 1");
        replaceIn("docs.yaml", "url: https://help.acme.example/account/two-factor", "url: not-a-url");
        replaceIn("coverage.yaml", "first_response: 4h", "first_response: soon");
        replaceIn("coverage.yaml", "at_risk: ", "at_risk: lots #");

        List<ConfigProblem> problems = problems();

        assertTrue(problems.stream().anyMatch(p -> p.message().contains("unknown key 'bogus'")), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.message().contains("'not-a-url' is not a web address")),
                "the validator still runs after an unknown key: " + problems);
        assertTrue(problems.stream().anyMatch(p -> p.message().contains("'soon' is not a duration")), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.file().endsWith("coverage.yaml") && p.message().contains("lots")),
                "the second wrong value of the file too: " + problems);
    }

    @Test
    void brokenYamlAndWrongTypesAreReportedNotThrownRaw() throws IOException {
        copyShippedConfig();
        replaceIn("coverage.yaml", "first_response: 4h", "first_response: soon");
        Files.writeString(dir.resolve("frontline.yaml"), "workspace: [unclosed\n  team: x\n");

        List<ConfigProblem> problems = problems();

        assertTrue(problems.stream().anyMatch(p -> p.file().endsWith("frontline.yaml") && p.message().contains("not valid YAML")), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.file().endsWith("coverage.yaml") && p.message().contains("'soon' is not a duration")), problems.toString());
    }

    @Test
    void aMissingFileIsAProblemToo() {
        List<ConfigProblem> problems = problems();
        assertEquals(3, problems.size(), "frontline, coverage and escalation are required; docs and glossary optional");
        assertTrue(problems.stream().allMatch(p -> p.message().contains("file is missing")));
    }

    @Test
    void escalationRulesAreChecked() throws IOException {
        copyShippedConfig();
        replaceIn("escalation.yaml", "route: tier2\n    next_steps: [\"Tier 2 reproduces", "route: tier9\n    next_steps: [\"Tier 2 reproduces");
        replaceIn("escalation.yaml", "'[!?]{3,}'", "'[!?{3,}'");

        List<ConfigProblem> problems = problems();

        assertTrue(problems.stream().anyMatch(p -> p.message().equals("unknown route 'tier9'")), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.message().startsWith("bad regular expression")), problems.toString());
    }

    @Test
    void theNotificationPolicyIsCheckedWithLines() throws IOException {
        copyShippedConfig();
        BotConfig shipped = ConfigLoader.load(dir);
        assertEquals(List.of(Duration.ofMinutes(30), Duration.ofHours(1), Duration.ofHours(2)),
                shipped.frontline().notifications().reminders().backoff());
        replaceIn("frontline.yaml", "backoff: [30m, 1h, 2h]", "backoff: [30m, 2h, 1h]");
        replaceIn("frontline.yaml", "urgent: [privacy_security]", "urgent: [privacy_securty]");
        replaceIn("frontline.yaml", "min_confidence: 0.1", "min_confidence: 1.5");

        List<ConfigProblem> problems = problems();

        Path file = dir.resolve("frontline.yaml");
        int backoff = lineOf(file, "backoff:");
        int urgent = lineOf(file, "urgent:");
        int floor = lineOf(file, "min_confidence:");
        assertTrue(problems.stream().anyMatch(p -> p.message().startsWith("back-off steps must not get shorter")
                && p.line() == backoff), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.message().equals("unknown escalation category 'privacy_securty'")
                && p.hint().contains("did you mean 'privacy_security'") && p.line() == urgent), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.message().startsWith("min_confidence must be") && p.line() == floor), problems.toString());
    }

    @Test
    void durationsAcceptFriendlyAndIsoForms() {
        assertEquals(Duration.ofMinutes(90), Yaml.parseDuration("1h30m"));
        assertEquals(Duration.ofDays(2), Yaml.parseDuration("2d"));
        assertEquals(Duration.ofHours(4), Yaml.parseDuration("PT4H"));
        assertThrows(IllegalArgumentException.class, () -> Yaml.parseDuration("4 hours please"));
    }

    @Test
    void secretsNeverShowTokensWhenPrinted() {
        Secrets s = Secrets.from(java.util.Map.of("SLACK_BOT_TOKEN", "xoxb-secret", "SLACK_APP_TOKEN", "xapp-secret"));
        assertTrue(s.hasSlack());
        assertTrue(!s.toString().contains("secret"), s.toString());
    }
}
