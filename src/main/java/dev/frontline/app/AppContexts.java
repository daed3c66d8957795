package dev.frontline.app;

import dev.frontline.config.BotConfig;
import dev.frontline.config.ConfigLoader;
import dev.frontline.config.Secrets;
import dev.frontline.config.TrialConfig;
import dev.frontline.config.ConfigException;
import dev.frontline.config.MacroLoader;
import dev.frontline.core.answers.AnswerBank;
import dev.frontline.core.answers.Library;
import dev.frontline.storage.Database;
import dev.frontline.storage.JdbcCardRefs;
import dev.frontline.storage.JdbcOnceGuard;
import dev.frontline.storage.JdbcTicketStore;

import java.util.Optional;

/** Opens what a run needs from the global options: config (validated), database, team. */
final class AppContexts {
    private AppContexts() {}

    /**
     * Opens the context, or prints every config problem to stderr (as {@code check} would) and
     * returns empty: a broken config stops the start with a clear message, never a stack trace.
     */
    static Optional<AppContext> openOrReport(GlobalOptions options, Secrets secrets) {
        try {
            return Optional.of(open(options, secrets));
        } catch (ConfigException e) {
            System.err.println("Frontline cannot start: the config has problems (run 'check' for the same list):");
            e.problems().forEach(p -> System.err.println("  " + p));
            return Optional.empty();
        }
    }

    /**
     * The store: PostgreSQL when FRONTLINE_DATABASE_URL is set (shared by every replica), else
     * SQLite in the data folder.
     */
    static Database openStore(GlobalOptions options, Secrets secrets) {
        if (secrets.databaseUrl() == null) return Database.open(options.data);
        return Database.openPostgres(secrets.databaseUrl(), secrets.databaseUser(), secrets.databasePassword(), POOL_SIZE,
                Secrets.withoutPassword(secrets.databaseUrl()));
    }

    /** Connections per replica: lane workers and outbox senders, with room to spare. */
    private static final int POOL_SIZE = 16;

    /** @throws dev.frontline.config.ConfigException when the config has problems */
    static AppContext open(GlobalOptions options, Secrets secrets) {
        if (!AnswerWiring.lexicalOnly()) dev.frontline.embedding.Embedders.preload(); // overlaps the config and the store
        BotConfig config = ConfigLoader.load(options.config);
        Optional<TrialConfig> trial = ConfigCheck.trial(options);
        Library library = AnswerWiring.library(config);
        MacroLoader.Result macros = AnswerWiring.macros(options.macros, library.docKeys(), config.escalation().categories()::containsKey);
        if (!macros.problems().isEmpty()) throw new ConfigException(macros.problems());
        Database db = openStore(options, secrets);
        try {
            dev.frontline.core.team.Team team = ConfigMapping.team(config);
            team.shareTemporaryRolesWith(() -> dev.frontline.storage.JdbcTrialStore.runningCandidates(db));
            dev.frontline.ops.Metrics metrics = new dev.frontline.ops.Metrics();
            AnswerBank bank = AnswerWiring.bank(macros.macros(), db, options.data, metrics);
            AppContext ctx = new AppContext(config, trial, options.macros, options.data, secrets, db, new JdbcTicketStore(db),
                    new JdbcOnceGuard(db), new JdbcCardRefs(db), team, library,
                    bank, EscalationWiring.phrasebook(config, bank), metrics, WebWiring.access(System.getenv(), team, new JdbcOnceGuard(db)));
            // Start-up leaves a lot of garbage (the model's bytes, config trees, the vector cache's rows), allocated
            // while the model loads in parallel; one collection now lets the heap shrink to what the bot keeps
            // (measured: ~80 MB less resident memory afterwards) at the cost of a short pause before connecting.
            System.gc();
            return ctx;
        } catch (RuntimeException e) {
            db.close();
            throw e;
        }
    }
}
