package dev.frontline.app;

import dev.frontline.config.Secrets;
import dev.frontline.core.port.RecordStore;
import dev.frontline.core.records.PrivacyReport;
import dev.frontline.storage.Database;
import dev.frontline.storage.JdbcRecordStore;
import dev.frontline.storage.JdbcTicketStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.Callable;

/** {@code privacy export|erase --data DIR CUSTOMER}: a data-access answer, or erasure, from the command line. */
@Command(name = "privacy", description = "export: print everything stored about CUSTOMER (user id or name) as JSON. "
        + "erase: replace their messages, names and ids in every table (tickets stay as anonymous counts); written to the audit log. "
        + "On a terminal erase asks first; --yes skips the question.")
final class PrivacyCommand implements Callable<Integer> {
    enum Action { export, erase }

    @Mixin
    GlobalOptions options;

    @Parameters(index = "0", paramLabel = "export|erase")
    Action action;

    @Parameters(index = "1", paramLabel = "CUSTOMER", description = "the customer's user id or display name")
    String customer;

    @Option(names = "--out", paramLabel = "FILE", description = "export: write here instead of stdout")
    Path out;

    @Option(names = "--yes", description = "erase without asking")
    boolean yes;

    @Override
    public Integer call() throws Exception {
        Logging.quiet();
        if (!Files.isRegularFile(options.data.resolve("frontline.db")) && Secrets.fromEnvironment().databaseUrl() == null) {
            System.err.println("No store at " + options.data.resolve("frontline.db") + "; name the bot's data folder with --data");
            return 2;
        }
        try (Database db = AppContexts.openStore(options, Secrets.fromEnvironment())) {
            JdbcRecordStore records = new JdbcRecordStore(db);
            if (action == Action.export) {
                Optional<String> json = new PrivacyReport(records, new JdbcTicketStore(db)).json(customer, Instant.now());
                if (json.isEmpty()) {
                    System.err.println("Nothing is stored about " + customer + ".");
                    return 1;
                }
                if (out == null) System.out.print(json.get());
                else Files.writeString(out, json.get(), StandardCharsets.UTF_8);
                return 0;
            }
            RecordStore.CustomerRecords found = records.gather(customer);
            if (found.isEmpty()) {
                System.err.println("Nothing is stored about " + customer + ".");
                return 1;
            }
            if (!yes && System.console() != null) {
                String answer = System.console().readLine("Erase %d tickets' messages, names and ids of %s for good? Type the customer again: ",
                        found.ticketIds().size(), customer);
                if (answer == null || !answer.trim().equals(customer)) {
                    System.err.println("Nothing was erased.");
                    return 1;
                }
            }
            RecordStore.Erasure e = records.erase(customer, "cli:" + System.getProperty("user.name", "unknown"), Instant.now());
            System.out.println("Erased: " + e.tickets() + " tickets kept as " + e.pseudonym() + ", " + e.values()
                    + " stored values replaced. Written to the audit log.");
            return 0;
        }
    }
}
