package dev.frontline.app;

import dev.frontline.config.BotConfig;
import dev.frontline.config.MacroLoader;
import dev.frontline.core.answers.AnswerBank;
import dev.frontline.core.answers.DocLink;
import dev.frontline.core.answers.GlossaryEntry;
import dev.frontline.core.answers.Library;
import dev.frontline.core.model.Macro;
import dev.frontline.core.port.Embedder;
import dev.frontline.embedding.Embedders;
import dev.frontline.storage.Database;
import dev.frontline.storage.JdbcAnswerStore;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Builds the answer bank once per process: macros from disk, docs, glossary, the embedding model. */
final class AnswerWiring {
    private AnswerWiring() {}

    static Library library(BotConfig config) {
        Map<String, DocLink> docs = new LinkedHashMap<>();
        config.docs().docs().forEach((key, d) -> docs.put(key, new DocLink(key, d.title(), d.url(), d.answers())));
        List<GlossaryEntry> glossary = config.glossary().terms().entrySet().stream()
                .map(e -> new GlossaryEntry(e.getKey(), e.getValue().definition(), e.getValue().aliases(), e.getValue().confusedWith()))
                .toList();
        return new Library(docs, glossary);
    }

    /** The macros and every problem in them (file:line). */
    static MacroLoader.Result macros(Path macrosDir, Set<String> docKeys, java.util.function.Predicate<String> categories) {
        return MacroLoader.load(macrosDir, docKeys, categories);
    }

    /**
     * Loads the embedding model (once per process) and builds the bank's matcher. The bank's texts go
     * through the vector cache of {@code dataDir} (a restart embeds only what changed); a customer
     * message goes straight to the model, once (its {@code MessageMeaning} keeps the vector while the
     * message is handled), and is not remembered: no cache of customer text, in memory or on disk.
     */
    static AnswerBank bank(List<Macro> macros, Database db, Path dataDir, dev.frontline.ops.Metrics metrics) {
        Embedder model = Embedders.create(lexicalOnly());
        Embedder bankTexts = Embedders.stored(model, dataDir);
        Embedder messages = new dev.frontline.ops.TimedEmbedder(model, metrics);
        return new AnswerBank(macros, bankTexts, messages, AnswerSettings.minSimilarity(model), new JdbcAnswerStore(db));
    }

    /** FRONTLINE_EMBEDDER=lexical (or -Dfrontline.embedder=lexical) skips the model: quick tests, tiny machines. */
    static boolean lexicalOnly() {
        String v = System.getProperty("frontline.embedder", System.getenv().getOrDefault("FRONTLINE_EMBEDDER", ""));
        return v.toLowerCase(Locale.ROOT).equals("lexical");
    }
}
