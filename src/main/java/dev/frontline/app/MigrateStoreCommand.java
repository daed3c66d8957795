package dev.frontline.app;

import dev.frontline.config.Secrets;
import dev.frontline.storage.Database;
import dev.frontline.storage.StoreCopy;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code migrate-store --from data --to jdbc:postgresql://…}: copies an SQLite install into a
 * PostgreSQL database for several replicas, verifies the counts, and is safe to run again.
 */
@Command(name = "migrate-store", description = "Copy an SQLite install (--from DATA_DIR) into PostgreSQL (--to JDBC_URL; user and "
        + "password from FRONTLINE_DATABASE_USER / FRONTLINE_DATABASE_PASSWORD or the URL), then verify the row counts. "
        + "Safe to run again: rows already there are kept. Stop the bot first.")
final class MigrateStoreCommand implements Callable<Integer> {
    @Option(names = "--from", required = true, paramLabel = "DIR", description = "the data folder holding frontline.db")
    Path from;

    @Option(names = "--to", required = true, paramLabel = "JDBC_URL", description = "e.g. jdbc:postgresql://host:5432/frontline")
    String to;

    @Override
    public Integer call() {
        Logging.quiet();
        if (!Files.isRegularFile(from.resolve("frontline.db"))) {
            System.err.println("No SQLite store at " + from.resolve("frontline.db") + "; name the bot's data folder with --from");
            return 2;
        }
        if (!to.startsWith("jdbc:postgresql:")) {
            System.err.println("--to takes a PostgreSQL JDBC URL such as jdbc:postgresql://localhost:5432/frontline");
            return 2;
        }
        Secrets secrets = Secrets.fromEnvironment();
        String shown = Secrets.withoutPassword(to);
        try (Database source = Database.open(from);
             Database target = Database.openPostgres(to, secrets.databaseUser(), secrets.databasePassword(), 4, shown)) {
            System.out.println("Copying " + source.description() + " into " + target.description());
            List<StoreCopy.TableCount> counts = StoreCopy.copy(source, target);
            boolean complete = true;
            for (StoreCopy.TableCount c : counts) {
                System.out.printf("  %-18s %8d rows, %8d copied now, %8d in PostgreSQL%s%n", c.table(), c.source(), c.copied(), c.target(),
                        c.complete() ? "" : "  MISSING ROWS");
                complete &= c.complete();
            }
            System.out.println(complete ? "Done: every row is in PostgreSQL. Start the replicas with FRONTLINE_DATABASE_URL=" + shown
                    : "Some rows are missing in PostgreSQL (see above); nothing was deleted. Run again after fixing the cause.");
            return complete ? 0 : 1;
        }
    }
}
