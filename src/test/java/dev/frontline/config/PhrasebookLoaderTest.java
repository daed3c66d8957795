package dev.frontline.config;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PhrasebookLoaderTest {
    @TempDir
    Path config;

    private static final Set<String> CATEGORIES = Set.of("angry", "chargeback", "stuck");

    private void write(String name, String text) throws Exception {
        Files.createDirectories(config.resolve("escalation"));
        Files.writeString(config.resolve("escalation").resolve(name), text);
    }

    private static List<String> problems(PhrasebookLoader.Result r) {
        return r.problems().stream().map(ConfigProblem::toString).toList();
    }

    @Test
    void onephrasingPerLineCommentsAndBlankLinesSkippedEachLineKnowsWhereItCameFrom() throws Exception {
        write("chargeback.txt", "# threats to reverse a payment\n\nI'll have Amex reverse it\n  my bank will claw the money back  \n");
        write("none.txt", "where is my parcel\n");

        PhrasebookLoader.Result r = PhrasebookLoader.load(config, CATEGORIES);

        assertEquals(List.of(), r.problems());
        List<Phrasebook.Line> lines = r.phrasebook().lines().get("chargeback");
        assertEquals(List.of("I'll have Amex reverse it", "my bank will claw the money back"), lines.stream().map(Phrasebook.Line::text).toList());
        assertEquals(3, lines.get(0).line());
        assertTrue(lines.get(0).file().endsWith("chargeback.txt"), lines.get(0).file());
        assertEquals(1, r.phrasebook().lines().get("none").size());
        assertEquals(3, r.phrasebook().size());
    }

    @Test
    void anUnknownCategoryFileIsReportedWithAHintAndLeftOut() throws Exception {
        write("chargebak.txt", "I'll dispute it\n");
        write("notes.md", "not a phrasebook\n");

        PhrasebookLoader.Result r = PhrasebookLoader.load(config, CATEGORIES);

        assertTrue(problems(r).stream().anyMatch(p -> p.contains("chargebak.txt:1: unknown escalation category 'chargebak'")
                && p.contains("did you mean chargeback.txt?")), problems(r).toString());
        assertTrue(problems(r).stream().anyMatch(p -> p.contains("notes.md:1: not a phrasebook file")), problems(r).toString());
        assertTrue(r.phrasebook().lines().isEmpty());
    }

    @Test
    void brokenLinesAreReportedByFileAndLineAndTheRestIsKept() throws Exception {
        write("angry.txt", "this is a joke\n- a list dash\n!!!???\n\"quoted line\"\n" + "x".repeat(401) + "\nbad \u0007 bell\n"
                + "THIS IS A JOKE\nManager. Now.\n");
        write("chargeback.txt", "manager. now.\n");
        write("stuck.txt", "help\n");

        PhrasebookLoader.Result r = PhrasebookLoader.load(config, CATEGORIES);
        List<String> p = problems(r);

        assertTrue(p.stream().anyMatch(s -> s.contains("angry.txt:2: write the phrasing itself")), p.toString());
        assertTrue(p.stream().anyMatch(s -> s.contains("angry.txt:3: phrasing has no words")), p.toString());
        assertTrue(p.stream().anyMatch(s -> s.contains("angry.txt:4: write the phrasing itself")), p.toString());
        assertTrue(p.stream().anyMatch(s -> s.contains("angry.txt:5: phrasing is longer than 400")), p.toString());
        assertTrue(p.stream().anyMatch(s -> s.contains("angry.txt:6: phrasing contains control characters")), p.toString());
        assertTrue(p.stream().anyMatch(s -> s.contains("angry.txt:7: duplicate of") && s.contains("angry.txt:1")), p.toString());
        assertTrue(p.stream().anyMatch(s -> s.contains("chargeback.txt:1: the same phrasing is labelled 'angry'")), p.toString());
        assertTrue(p.stream().anyMatch(s -> s.contains("stuck.txt:1: 'stuck' is detected from the ticket's timing")), p.toString());
        assertEquals(List.of("this is a joke", "Manager. Now."), r.phrasebook().lines().get("angry").stream().map(Phrasebook.Line::text).toList());
    }

    @Test
    void aFileThatIsNotUtf8IsOneProblemNotACrash() throws Exception {
        Files.createDirectories(config.resolve("escalation"));
        Files.write(config.resolve("escalation/angry.txt"), new byte[] {(byte) 0xff, (byte) 0xfe, 'h', 'i'});

        PhrasebookLoader.Result r = PhrasebookLoader.load(config, CATEGORIES);

        assertTrue(problems(r).stream().anyMatch(s -> s.contains("angry.txt:1: not UTF-8 text")), problems(r).toString());
    }

    @Test
    void noPhrasebookFolderIsAnEmptyPhrasebook() {
        PhrasebookLoader.Result r = PhrasebookLoader.load(config, CATEGORIES);
        assertEquals(0, r.phrasebook().size());
        assertTrue(r.problems().isEmpty());
    }
}
