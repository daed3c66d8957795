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
import dev.frontline.storage.SqliteCardRefs;
import dev.frontline.storage.SqliteOnceGuard;
import dev.frontline.storage.SqliteTicketStore;

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

    /** @throws dev.frontline.config.ConfigException when the config has problems */
    static AppContext open(GlobalOptions options, Secrets secrets) {
        BotConfig config = ConfigLoader.load(options.config);
        Optional<TrialConfig> trial = ConfigCheck.trial(options);
        Library library = AnswerWiring.library(config);
        MacroLoader.Result macros = AnswerWiring.macros(options.macros, library.docKeys(), config.escalation().categories()::containsKey);
        if (!macros.problems().isEmpty()) throw new ConfigException(macros.problems());
        Database db = Database.open(options.data);
        try {
            AnswerBank bank = AnswerWiring.bank(macros.macros(), db, options.data);
            return new AppContext(config, trial, options.macros, options.data, secrets, db, new SqliteTicketStore(db),
                    new SqliteOnceGuard(db), new SqliteCardRefs(db), ConfigMapping.team(config), library,
                    bank, EscalationWiring.phrasebook(config, bank));
        } catch (RuntimeException e) {
            db.close();
            throw e;
        }
    }
}
