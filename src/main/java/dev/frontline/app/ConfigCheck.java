package dev.frontline.app;

import dev.frontline.config.ConfigException;
import dev.frontline.config.ConfigLoader;
import dev.frontline.config.ConfigProblem;
import dev.frontline.config.PhrasebookLoader;
import dev.frontline.config.TrialConfig;
import dev.frontline.config.TrialConfigLoader;

import java.nio.file.Files;
import java.util.Optional;

import java.util.ArrayList;
import java.util.List;

/**
 * Every problem in the config, the escalation phrasebook and the answer bank, for {@code check} and
 * for refusing to start (phrasebook problems do not stop a start: those lines are left out).
 */
final class ConfigCheck {
    private ConfigCheck() {}

    static List<ConfigProblem> problems(GlobalOptions options) {
        List<ConfigProblem> problems = new ArrayList<>();
        // What the macros are checked against comes from those files alone: a mistake elsewhere in the
        // config must not turn every doc link of every macro into an "unknown doc key" (no cascade).
        java.util.Set<String> docKeys = ConfigLoader.docKeysIfReadable(options.config);
        java.util.function.Predicate<String> categories = ConfigLoader.categoriesIfReadable(options.config)
                .<java.util.function.Predicate<String>>map(c -> c::contains).orElse(EscalationCategories.DEFAULT::contains);
        try {
            dev.frontline.config.BotConfig config = ConfigLoader.load(options.config);
            docKeys = AnswerWiring.library(config).docKeys();
            categories = config.escalation().categories()::containsKey;
            problems.addAll(PhrasebookLoader.load(options.config, config.escalation().categories().keySet()).problems());
        } catch (ConfigException e) {
            problems.addAll(e.problems());
        }
        problems.addAll(AnswerWiring.macros(options.macros, docKeys, categories).problems());
        try {
            trial(options);
        } catch (ConfigException e) {
            problems.addAll(e.problems());
        }
        return problems;
    }

    /** The trial config, checked against the answer bank and the escalation categories. */
    static Optional<TrialConfig> trial(GlobalOptions options) {
        java.util.function.Predicate<String> categories = EscalationCategories.DEFAULT::contains;
        try {
            categories = ConfigLoader.load(options.config).escalation().categories()::containsKey;
        } catch (ConfigException e) {
            // reported by the main config check; fall back to the default categories here
        }
        return TrialConfigLoader.load(options.config, id -> Files.isRegularFile(options.macros.resolve(id + ".md")), categories);
    }
}
