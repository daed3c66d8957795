package dev.frontline.testing;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The bot as its own process, as a user runs it (the CLI's main class on the test classpath, which
 * is what the jar holds), with the environment and arguments given. Output goes to a log file
 * under {@code target/} for reading when a test fails.
 */
public final class BotProcess implements AutoCloseable {
    private final Process process;
    private final File log;

    private BotProcess(Process process, File log) {
        this.process = process;
        this.log = log;
    }

    public static BotProcess start(String logName, Map<String, String> env, String... args) throws IOException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        // -Dfrontline.jar=target/frontline.jar runs the built jar instead (a check of what ships).
        String jar = System.getProperty("frontline.jar");
        List<String> command = jar != null ? new ArrayList<>(List.of(java.toString(), "-Xmx256m", "-jar", jar))
                : new ArrayList<>(List.of(java.toString(), "-Xmx256m", "-cp", System.getProperty("java.class.path"), "dev.frontline.app.Main"));
        command.addAll(List.of(args));
        File log = Path.of("target", logName + ".log").toFile();
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log));
        pb.environment().put("FRONTLINE_EMBEDDER", "lexical");
        pb.environment().putAll(env);
        return new BotProcess(pb.start(), log);
    }

    /** The process's standard input, e.g. console lines; flush after writing. */
    public java.io.PrintWriter input() {
        return new java.io.PrintWriter(new java.io.OutputStreamWriter(process.getOutputStream(), java.nio.charset.StandardCharsets.UTF_8), true);
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /** SIGKILL: no shutdown hook runs. */
    public void kill() throws InterruptedException {
        process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
    }

    /** SIGTERM, then waits for the process to end. */
    public boolean stop(long seconds) throws InterruptedException {
        process.destroy();
        return process.waitFor(seconds, TimeUnit.SECONDS);
    }

    public int waitFor(long seconds) throws InterruptedException {
        if (!process.waitFor(seconds, TimeUnit.SECONDS)) throw new AssertionError("still running after " + seconds + " s; see " + log);
        return process.exitValue();
    }

    public File log() {
        return log;
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) kill();
    }
}
