package dev.frontline.app;

import dev.frontline.config.Secrets;
import dev.frontline.core.model.Ticket;
import dev.frontline.core.model.TicketEvent;
import dev.frontline.core.port.TicketStore;
import dev.frontline.storage.Database;
import dev.frontline.storage.JdbcTicketStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code export --data DIR [--from DATE] [--to DATE] --format jsonl|csv [--out FILE]}: tickets with their events. */
@Command(name = "export", description = "Export tickets (opened in [--from, --to], dates in UTC, both inclusive) with every event, "
        + "as JSON lines in replay format where possible, or CSV. Prints to stdout unless --out is given.")
final class ExportCommand implements Callable<Integer> {
    enum Format { jsonl, csv }

    @Mixin
    GlobalOptions options;

    @Option(names = "--from", paramLabel = "DATE", description = "first day, e.g. 2026-11-01 (or an ISO instant)")
    String from;

    @Option(names = "--to", paramLabel = "DATE", description = "last day, inclusive (or an ISO instant, exclusive)")
    String to;

    @Option(names = "--format", required = true, paramLabel = "jsonl|csv", description = "jsonl or csv")
    Format format;

    @Option(names = "--out", paramLabel = "FILE", description = "write here instead of stdout")
    Path out;

    @Override
    public Integer call() throws Exception {
        Logging.quiet();
        Instant start;
        Instant end;
        try {
            start = from == null ? null : bound(from, false);
            end = to == null ? null : bound(to, true);
        } catch (DateTimeParseException e) {
            System.err.println("--from and --to take a date such as 2026-11-24 or an instant such as 2026-11-24T08:00:00Z");
            return 2;
        }
        if (!Files.isRegularFile(options.data.resolve("frontline.db")) && Secrets.fromEnvironment().databaseUrl() == null) {
            System.err.println("No store at " + options.data.resolve("frontline.db") + "; name the bot's data folder with --data");
            return 2;
        }
        try (Database db = AppContexts.openStore(options, Secrets.fromEnvironment())) {
            TicketStore store = new JdbcTicketStore(db);
            Map<Ticket, List<TicketEvent>> histories = new LinkedHashMap<>();
            for (Ticket t : store.query(TicketStore.Query.all().openedBetween(start, end))) histories.put(t, store.history(t.id()));
            List<TicketExport.Entry> entries = TicketExport.chronological(histories);
            // stdout is flushed, never closed: the caller (or a test) keeps using it.
            PrintWriter w = out == null ? new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), false)
                    : new PrintWriter(Files.newBufferedWriter(out, StandardCharsets.UTF_8));
            try {
                if (format == Format.csv) TicketExport.csv(entries, w);
                else TicketExport.jsonl(entries, w);
            } finally {
                if (out == null) w.flush();
                else w.close();
            }
            if (out != null) System.err.println("Exported " + histories.size() + " tickets, " + entries.size() + " events to " + out);
            return 0;
        }
    }

    /** A day (UTC; the end bound includes the whole day) or an exact instant. */
    static Instant bound(String value, boolean end) {
        if (value.contains("T")) return Instant.parse(value);
        LocalDate day = LocalDate.parse(value);
        return (end ? day.plusDays(1) : day).atStartOfDay(ZoneOffset.UTC).toInstant();
    }
}
