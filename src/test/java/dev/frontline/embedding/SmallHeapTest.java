package dev.frontline.embedding;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A JVM with too little heap for the model must still run, on word matching, and say why; not die
 * with "Java heap space". Runs the real command line in a separate JVM with a 96 MB heap.
 */
class SmallHeapTest {

    @Test
    void tooLittleHeapForTheModelFallsBackToWordMatchingWithAClearMessage() throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process p = new ProcessBuilder(java.toString(), "-Xmx96m", "-cp", System.getProperty("java.class.path"),
                "dev.frontline.app.Main", "eval", "--macros", "macros",
                "--cases", "src/test/resources/answers/default-bank-cases.jsonl", "--json")
                .redirectErrorStream(true).start();
        boolean ended = p.waitFor(120, TimeUnit.SECONDS);
        if (!ended) p.destroyForcibly();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(ended, "the eval finished: " + output);
        assertEquals(0, p.exitValue(), output);
        assertTrue(output.contains("Not enough Java heap to load the sentence-embedding model")
                && output.contains("-Xmx" + Embedders.MODEL_LOAD_HEAP_MB + "m"), output);
        assertTrue(output.contains("model lexical-hash-2048"), "word matching took over: " + output);
        List<String> lines = output.lines().toList();
        assertTrue(lines.get(lines.size() - 1).startsWith("{\"cases\":37,"), "and the eval ran to the end: " + output);
    }

    /** The bot's own start reads the model on a background thread (to overlap config and store): the same fallback. */
    @Test
    void theBotsBackgroundModelLoadFallsBackTheSameWay() throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Path data = Files.createTempDirectory("small-heap");
        Process p = new ProcessBuilder(java.toString(), "-Xmx96m", "-cp", System.getProperty("java.class.path"),
                "dev.frontline.app.Main", "replay", "docs/examples/two-days.jsonl", "--data", data.toString())
                .redirectErrorStream(true).start();
        boolean ended = p.waitFor(120, TimeUnit.SECONDS);
        if (!ended) p.destroyForcibly();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(ended, "the replay finished: " + output);
        assertEquals(0, p.exitValue(), output);
        assertTrue(output.contains("Not enough Java heap to load the sentence-embedding model"), output);
        assertTrue(output.lines().filter(l -> l.startsWith("{")).count() > 10, "and the replay ran: " + output);
    }
}
