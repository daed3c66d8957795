package dev.frontline.app;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

import java.util.concurrent.Callable;

/** {@code java -jar frontline.jar [run|console|check|replay|eval] …}; with no subcommand it runs the bot. */
@Command(name = "frontline", mixinStandardHelpOptions = true, version = "Frontline 0.1",
        description = "Tier 1 support assistant for Slack, Discord and the console.",
        subcommands = {RunCommand.class, ConsoleCommand.class, CheckCommand.class, ReplayCommand.class, EvalCommand.class})
public final class Main implements Callable<Integer> {
    @Mixin
    GlobalOptions options;

    public static void main(String[] args) {
        System.exit(execute(args));
    }

    /** Runs the CLI and returns its exit code (tests call this instead of main). */
    public static int execute(String... args) {
        return new CommandLine(new Main()).setCaseInsensitiveEnumValuesAllowed(true).execute(args);
    }

    @Override
    public Integer call() throws Exception {
        RunCommand run = new RunCommand();
        run.options = options;
        return run.call();
    }
}
