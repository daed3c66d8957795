package dev.frontline.app;

import dev.frontline.config.ConfigException;
import dev.frontline.config.ConfigProblem;
import dev.frontline.config.Secrets;
import dev.frontline.storage.Database;
import dev.frontline.storage.StorageException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

import java.util.List;
import java.util.concurrent.Callable;

/** {@code check}: validates bot-config/ and macros/; prints {@code file:line: message} per problem and exits 2. */
@Command(name = "check", description = "Validate bot-config/ and macros/; exit 2 listing every problem as file:line: message.")
final class CheckCommand implements Callable<Integer> {
    static final int PROBLEMS_FOUND = 2;

    @Mixin
    GlobalOptions options;

    @Override
    public Integer call() {
        Logging.quiet();
        List<ConfigProblem> problems = ConfigCheck.problems(options);
        Secrets secrets = Secrets.fromEnvironment();
        boolean storeOk = store(secrets);
        if (problems.isEmpty() && storeOk) {
            System.out.println("OK: " + options.config + " and " + options.macros + " are valid.");
            return 0;
        }
        problems.forEach(System.out::println);
        int count = problems.size() + (storeOk ? 0 : 1);
        System.out.println(count + (count == 1 ? " problem" : " problems") + " found.");
        return PROBLEMS_FOUND;
    }

    /** Says which store the bot would use (never its password); a PostgreSQL store is connected to once. */
    private boolean store(Secrets secrets) {
        if (secrets.databaseUrl() == null) {
            System.out.println("Store: SQLite " + options.data.toAbsolutePath().resolve("frontline.db") + " (FRONTLINE_DATABASE_URL is not set)");
            return true;
        }
        System.out.println("Store: PostgreSQL " + Secrets.withoutPassword(secrets.databaseUrl())
                + (secrets.databaseUser() == null ? "" : " as " + secrets.databaseUser()));
        try (Database db = AppContexts.openStore(options, secrets)) {
            return true;
        } catch (StorageException e) {
            System.out.println("FRONTLINE_DATABASE_URL: " + e.getMessage() + " (check the URL, FRONTLINE_DATABASE_USER and FRONTLINE_DATABASE_PASSWORD)");
            return false;
        }
    }
}
