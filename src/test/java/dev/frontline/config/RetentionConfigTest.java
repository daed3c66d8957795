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

/** {@code retention:} in frontline.yaml: read as durations, and a window under a day is a problem at its line. */
class RetentionConfigTest {
    @TempDir
    Path dir;

    private void copyShippedConfig() throws IOException {
        for (String f : List.of(ConfigLoader.MAIN_FILE, ConfigLoader.COVERAGE_FILE, ConfigLoader.DOCS_FILE,
                ConfigLoader.GLOSSARY_FILE, ConfigLoader.ESCALATION_FILE)) {
            Files.copy(Path.of("bot-config", f), dir.resolve(f));
        }
    }

    @Test
    void theShippedRetentionIsAYearOfMessagesAndTwoOfAudit() throws IOException {
        copyShippedConfig();
        FrontlineConfig.Retention r = ConfigLoader.load(dir).frontline().retention();
        assertEquals(Duration.ofDays(365), r.messages());
        assertEquals(Duration.ofDays(730), r.audit());
    }

    @Test
    void aWindowShorterThanADayOrNotADurationIsReportedAtItsLine() throws IOException {
        copyShippedConfig();
        Path main = dir.resolve(ConfigLoader.MAIN_FILE);
        Files.writeString(main, Files.readString(main).replace("messages: 365d", "messages: 2h"));
        List<ConfigProblem> problems = assertThrows(ConfigException.class, () -> ConfigLoader.load(dir)).problems();
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).toString().contains("shorter than a day"), problems.toString());
        assertEquals(lineOf(main, "messages: 2h"), problems.get(0).line());

        Files.writeString(main, Files.readString(main).replace("messages: 2h", "messages: a year"));
        List<ConfigProblem> bad = assertThrows(ConfigException.class, () -> ConfigLoader.load(dir)).problems();
        assertEquals(lineOf(main, "messages: a year"), bad.get(0).line(), bad.toString());
    }

    private static int lineOf(Path file, String text) throws IOException {
        List<String> lines = Files.readAllLines(file);
        for (int i = 0; i < lines.size(); i++) if (lines.get(i).contains(text)) return i + 1;
        throw new AssertionError(text + " not in " + file);
    }
}
