package dev.frontline.app;

import dev.frontline.config.BotConfig;
import dev.frontline.config.ConfigLoader;
import dev.frontline.config.Secrets;
import dev.frontline.config.TrialConfig;
import dev.frontline.storage.Database;
import dev.frontline.storage.SqliteCardRefs;
import dev.frontline.storage.SqliteOnceGuard;
import dev.frontline.storage.SqliteTicketStore;

import java.util.Optional;

/** Opens what a run needs from the global options: config (validated), database, team. */
final class AppContexts {
    private AppContexts() {}

    /** @throws dev.frontline.config.ConfigException when the config has problems */
    static AppContext open(GlobalOptions options, Secrets secrets) {
        BotConfig config = ConfigLoader.load(options.config);
        Optional<TrialConfig> trial = ConfigCheck.trial(options);
        Database db = Database.open(options.data);
        return new AppContext(config, trial, options.macros, options.data, secrets, db, new SqliteTicketStore(db),
                new SqliteOnceGuard(db), new SqliteCardRefs(db), ConfigMapping.team(config));
    }
}
