package dev.frontline.app;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A candidate in a trial on the console tries to reach a real customer's ticket in every way the
 * issue names: each step is refused and changes nothing, and /stats after the trial counts no
 * sample ticket. Word matching (lexical embedder), so the test is quick.
 */
class TrialSandboxTest {
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
        System.setProperty("frontline.embedder", "lexical");
    }

    @AfterEach
    void restore() {
        System.setOut(oldOut);
        System.setErr(oldErr);
        System.setIn(oldIn);
        System.clearProperty("frontline.embedder");
    }

    private String console(String script) {
        out.reset();
        System.setIn(new ByteArrayInputStream(script.getBytes(StandardCharsets.UTF_8)));
        assertEquals(0, Main.execute("console", "--data", dir.resolve("data").toString()), out.toString(StandardCharsets.UTF_8));
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void aCandidateCannotSeeOrTouchARealTicketAndTheTrialStaysOutOfStats() {
        String page = console("""
                :as carol
                Please send the invoice to Carol GmbH, VAT number DE123456789, carol@example.com
                :top
                :as olivia
                /trial start dana Dana
                :as dana
                /tickets all
                /ticket 1
                /reply #1 Hi Carol, all sorted!
                /resolve #1
                :in support
                :thread #1
                I can help you with that
                :top
                :as olivia
                /ticket 1
                /tickets all
                /trial stop 1
                /stats
                """);

        String[] steps = page.split("Not during your trial", -1);
        assertEquals(5, steps.length - 1, "tickets all, ticket 1, reply, resolve and the typed message are all refused: " + page);
        for (String refusal : List.of("/tickets shows or changes the whole desk", "#1 is a real customer's ticket",
                "your message was not recorded as a reply")) {
            assertTrue(page.contains(refusal), refusal + " in " + page);
        }
        int candidateDone = page.lastIndexOf("Not during your trial");
        String afterwards = page.substring(candidateDone);
        assertFalse(page.contains("    Hi Carol, all sorted!"), "the reply never reached the customer: " + page);
        assertFalse(afterwards.contains("agent reply by dana"), "the real ticket has no reply from the candidate: " + afterwards);
        assertFalse(afterwards.contains("resolved by"), "the real ticket was not resolved: " + afterwards);
        assertTrue(afterwards.contains("[trial sample, not a customer]"), "sample tickets are marked where listed: " + afterwards);
        assertTrue(afterwards.contains("Today: 1 opened, 0 resolved."), "only Carol's ticket counts: " + afterwards);
    }
}
