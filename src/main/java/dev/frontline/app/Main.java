package dev.frontline.app;

import dev.frontline.storage.StorageException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

import java.util.concurrent.Callable;

/** {@code java -jar frontline.jar [run|console|check|replay|eval|migrate-store|export|privacy] …}; with no subcommand it runs the bot. */
@Command(name = "frontline", mixinStandardHelpOptions = true, version = "Frontline 0.1",
        description = "Tier 1 support assistant for Slack, Discord and the console.",
        subcommands = {RunCommand.class, ConsoleCommand.class, CheckCommand.class, ReplayCommand.class, EvalCommand.class,
                MigrateStoreCommand.class, BenchCommand.class, TuneCommand.class, ExportCommand.class, PrivacyCommand.class})
public final class Main implements Callable<Integer> {
    @Mixin
    GlobalOptions options;

    public static void main(String[] args) {
        System.exit(execute(args));
    }

    /** Runs the CLI and returns its exit code (tests call this instead of main). */
    public static int execute(String... args) {
        return new CommandLine(new Main()).setCaseInsensitiveEnumValuesAllowed(true)
                .setExecutionExceptionHandler(Main::reportStorageProblem).execute(args);
    }

    /**
     * A data folder that cannot be opened (not writable, not a folder, a locked or damaged database)
     * is the user's to fix: say which and how in one line. Anything else is a bug: keep the trace.
     */
    private static int reportStorageProblem(Exception e, CommandLine cmd, CommandLine.ParseResult parsed) throws Exception {
        if (!(e instanceof StorageException)) throw e;
        if (e.getMessage() != null && e.getMessage().contains("PostgreSQL")) {
            cmd.getErr().println("Frontline cannot use its store: " + e.getMessage()
                    + " (check FRONTLINE_DATABASE_URL, FRONTLINE_DATABASE_USER and FRONTLINE_DATABASE_PASSWORD)");
        } else {
            cmd.getErr().println("Frontline cannot use its data folder: " + e.getMessage()
                    + " (choose a writable folder with --data DIR, given after the subcommand)");
        }
        return 1;
    }

    @Override
    public Integer call() throws Exception {
        RunCommand run = new RunCommand();
        run.options = options;
        return run.call();
    }
}
