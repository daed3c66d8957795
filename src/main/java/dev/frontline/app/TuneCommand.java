package dev.frontline.app;

import dev.frontline.config.BotConfig;
import dev.frontline.config.ConfigException;
import dev.frontline.config.ConfigLoader;
import dev.frontline.core.escalation.EscalationModel;
import dev.frontline.core.escalation.Phrasing;
import dev.frontline.core.port.Embedder;
import dev.frontline.embedding.Embedders;
import dev.frontline.embedding.StoredVectors;
import dev.frontline.eval.PhrasebookCrossValidation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/**
 * {@code tune}: cross-validates the escalation model on the phrasebook of {@code --config} and
 * prints, per category, the threshold that keeps held-out recall at 0.95 (what escalation.yaml's
 * {@code threshold:} values come from), and the lines the model most disagrees with.
 */
@Command(name = "tune", description = "Cross-validate the escalation model on the phrasebook; suggest per-category thresholds "
        + "and list lines that look mislabelled.")
final class TuneCommand implements Callable<Integer> {
    @Option(names = "--config", paramLabel = "DIR", defaultValue = "bot-config", description = "config folder (default: ${DEFAULT-VALUE})")
    Path config;

    @Option(names = "--data", paramLabel = "DIR", defaultValue = "data", description = "where the vector cache lives (default: ${DEFAULT-VALUE})")
    Path data;

    @Option(names = "--folds", defaultValue = "5", description = "number of folds (default: ${DEFAULT-VALUE})")
    int folds;

    @Option(names = "--c", paramLabel = "C", split = ",", description = "regularisation values to compare (default: the shipped one)")
    List<Double> cs;

    @Option(names = "--suspicious", defaultValue = "25", description = "how many doubtful lines to list (default: ${DEFAULT-VALUE})")
    int suspicious;

    @Option(names = "--lexical", description = "use the lexical fallback instead of the sentence-embedding model")
    boolean lexical;

    @Override
    public Integer call() {
        Logging.quiet();
        BotConfig cfg;
        try {
            cfg = ConfigLoader.load(config);
        } catch (ConfigException e) {
            System.err.println("tune: the config in " + config + " has problems (run 'check'):");
            e.problems().forEach(p -> System.err.println("  " + p));
            return 2;
        }
        List<Phrasing> phrasings = EscalationWiring.phrasings(cfg, null);
        Embedder model = Embedders.create(lexical);
        try (StoredVectors vectors = Embedders.stored(model, data)) {
            List<float[]> v = phrasings.stream().map(p -> vectors.embed(p.text())).toList();
            System.out.printf(Locale.ROOT, "%d phrasings, model %s (vectors: %s), %d folds%n", phrasings.size(), model.modelId(),
                    vectors.stats(), folds);
            List<Double> values = cs == null || cs.isEmpty() ? List.of(EscalationModel.DEFAULT_C) : cs;
            for (double c : values) {
                long start = System.nanoTime();
                PhrasebookCrossValidation cv = PhrasebookCrossValidation.run(phrasings, v, c, folds);
                System.out.printf(Locale.ROOT, "%nC = %s (%.1f s)%n", c, (System.nanoTime() - start) / 1e9);
                cv.print(System.out, values.size() == 1 ? suspicious : 0);
            }
        }
        return 0;
    }
}
