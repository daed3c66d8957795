package dev.frontline.app;

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
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The escalation model on the console, as a team uses it: a paraphrased threat flagged with its
 * evidence (shipped config, real model), and learning from the team that survives a restart (a
 * small phrasebook of our own on the lexical embedder, so the test is quick and its decisions certain).
 */
class ConsoleEscalationTest {
    @TempDir
    Path dir;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private PrintStream oldOut;
    private PrintStream oldErr;
    private InputStream oldIn;

    @BeforeEach
    void capture() {
        oldOut = System.out;
        oldErr = System.err;
        oldIn = System.in;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void restore() {
        System.setOut(oldOut);
        System.setErr(oldErr);
        System.setIn(oldIn);
        System.clearProperty("frontline.embedder");
    }

    private String console(String script, String... options) {
        out.reset();
        System.setIn(new ByteArrayInputStream(script.getBytes(StandardCharsets.UTF_8)));
        String[] args = Stream.concat(Stream.of("console"), Stream.of(options)).toArray(String[]::new);
        assertEquals(0, Main.execute(args), out.toString(StandardCharsets.UTF_8));
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void aParaphrasedChargebackThreatIsFlaggedWithWhatItReadsLike() {
        String page = console("""
                :as carol
                Guess I'll just ask Visa to take that payment back myself.
                """, "--data", dir.resolve("data").toString());

        assertTrue(page.contains("must be escalated"), page);
        assertTrue(page.matches("(?s).*• chargeback: reads like \"[^\"]+\" \\(\\d+% confident\\).*"), page);
        assertTrue(page.contains("Not an escalation"), page);
    }

    /** The shipped config with a small phrasebook of our own and thresholds for the lexical embedder. */
    private Path smallConfig() throws IOException {
        Path config = dir.resolve("config");
        Files.createDirectories(config.resolve("escalation"));
        try (Stream<Path> files = Files.list(Path.of("bot-config"))) {
            for (Path f : files.filter(Files::isRegularFile).toList()) Files.copy(f, config.resolve(f.getFileName()));
        }
        copyDir(Path.of("bot-config/trial"), config.resolve("trial"));
        Path yaml = config.resolve("escalation.yaml");
        Files.writeString(yaml, Files.readString(yaml).replaceAll("threshold: [0-9.]+", "threshold: 0.5")
                .replaceAll("escalate_when_in_doubt: [0-9.]+", "escalate_when_in_doubt: 0"));
        Files.writeString(config.resolve("escalation/chargeback.txt"), """
                my bank will reverse the payment
                I'll ask my card company to claw the money back
                I am disputing this with my credit card issuer
                the card company will take the money back
                I'm calling my bank to get this payment reversed
                """);
        Files.writeString(config.resolve("escalation/angry.txt"), """
                I'm livid, get me your manager
                this is the worst service ever, I'm livid
                get me a supervisor right now
                you people are hopeless
                """);
        Files.writeString(config.resolve("escalation/none.txt"), """
                where is my parcel
                how do I change my password
                can I get an invoice for my order
                how do I export my tasks
                what are your opening hours
                thanks, that worked
                do you ship to Austria
                how do I add a teammate
                can I change my delivery address
                what is the price of the pro plan
                how do I cancel my subscription
                the app is slow today
                can I pay with paypal
                how do I reset my password
                is there a student discount
                where do I find my API key
                """);
        return config;
    }

    private static void copyDir(Path from, Path to) throws IOException {
        if (!Files.isDirectory(from)) return;
        Files.createDirectories(to);
        try (Stream<Path> files = Files.list(from)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) Files.copy(f, to.resolve(f.getFileName()));
        }
    }

    @Test
    void correctionsBecomePendingLinesAndOnceAcceptedChangeDecisionsAfterARestart() throws IOException {
        System.setProperty("frontline.embedder", "lexical");
        String config = smallConfig().toString();
        String data = dir.resolve("data").toString();
        String unflagged = "Put me through to the person who runs this company";
        String wronglyFlagged = "I will ask my card company about this payment";

        String first = console(":as carol\n" + unflagged + "\n"
                + ":as alex\n/escalate angry\n:submit\n"
                + ":top\n:as dave\n" + wronglyFlagged + "\n"
                + ":as alex\n:press 1\n"
                + ":as olivia\n/examples\n/examples accept 1\n/examples accept 2\n", "--config", config, "--data", data);

        assertFalse(first.contains("#1 must be escalated"), "the first message is not flagged: " + first);
        assertTrue(first.matches("(?s).*#2 must be escalated:\\s+• chargeback: reads like.*"), first);
        assertTrue(first.contains("proposed as a phrasebook line for angry"), first);
        assertTrue(first.contains("proposed as an ordinary message (phrasebook: none)"), first);
        assertTrue(first.contains("for escalation phrasebook 'angry': \"" + unflagged + "\""), first);
        assertTrue(first.contains("for escalation phrasebook 'none': \"" + wronglyFlagged + "\""), first);
        assertTrue(first.contains("escalation model learned it as 'angry'"), first);
        assertTrue(first.contains("escalation model learned it as 'none'"), first);

        String second = console(":as erin\n" + unflagged + "\n:top\n:as frank\n" + wronglyFlagged + "\n", "--config", config, "--data", data);

        assertTrue(second.contains("• angry: reads like \"" + unflagged + "\""), second);
        assertFalse(second.contains("• chargeback:"), "the corrected message is no longer flagged: " + second);
    }

    @Test
    void aBrokenPhrasebookLineIsAFileLineProblemForCheckAndTheBotStillStarts() throws IOException {
        System.setProperty("frontline.embedder", "lexical");
        Path config = smallConfig();
        Files.writeString(config.resolve("escalation/angry.txt"), "I'm livid, get me your manager\n- a list dash by mistake\n");
        Files.writeString(config.resolve("escalation/chargebak.txt"), "my bank will pull it\n");

        String checked = runCheck(config);
        assertTrue(checked.contains("escalation/angry.txt:2: write the phrasing itself"), checked);
        assertTrue(checked.contains("escalation/chargebak.txt:1: unknown escalation category 'chargebak'"), checked);

        String page = console(":as carol\nwhere is my parcel\n", "--config", config.toString(), "--data", dir.resolve("data").toString());
        assertTrue(page.contains("we've got your message (ticket #1)"), page);
    }

    private String runCheck(Path config) {
        out.reset();
        assertEquals(CheckCommand.PROBLEMS_FOUND, Main.execute("check", "--config", config.toString()));
        return out.toString(StandardCharsets.UTF_8);
    }
}
