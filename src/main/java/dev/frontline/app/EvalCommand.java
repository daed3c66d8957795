package dev.frontline.app;

import dev.frontline.config.BotConfig;
import dev.frontline.config.ConfigException;
import dev.frontline.config.ConfigLoader;
import dev.frontline.config.ConfigProblem;
import dev.frontline.config.MacroLoader;
import dev.frontline.core.answers.AnswerBank;
import dev.frontline.core.answers.MacroMatcher;
import dev.frontline.core.escalation.Detector;
import dev.frontline.core.escalation.EscalationModel;
import dev.frontline.core.escalation.EscalationPolicy;
import dev.frontline.core.escalation.Flag;
import dev.frontline.core.escalation.LivePhrasebook;
import dev.frontline.core.escalation.MacroEscalationHint;
import dev.frontline.core.port.Embedder;
import dev.frontline.embedding.Embedders;
import dev.frontline.embedding.StoredVectors;
import dev.frontline.eval.Eval;
import dev.frontline.eval.EvalCase;
import dev.frontline.eval.EvalReport;
import dev.frontline.eval.EscalationJudge;
import dev.frontline.eval.Miss;
import dev.frontline.eval.NothingFitsSweep;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * {@code eval --macros DIR --cases FILE.jsonl [--config DIR | --macros-only] [--misses FILE] [--json]}:
 * the suggestion and escalation benchmark, run as the bot triages a message.
 */
@Command(name = "eval", description = "Benchmark suggestions and escalation flags on labelled cases "
        + "({\"text\", \"macro\", \"escalate\"} per line), running the escalation detectors of --config as the bot does. "
        + "With --json the last line is one JSON object.")
final class EvalCommand implements Callable<Integer> {
    @Option(names = "--macros", required = true, paramLabel = "DIR", description = "answer bank to match against")
    Path macros;

    @Option(names = "--cases", required = true, paramLabel = "FILE", description = "labelled cases, one JSON object per line")
    Path cases;

    @Option(names = "--json", description = "end with one JSON line: cases, top1, top3, nomatch_precision, nomatch_recall, "
            + "escalation_precision, escalation_recall, categories, p50_ms, p99_ms, heap_mb, peak_rss_mb")
    boolean json;

    @Option(names = "--lexical", description = "use the lexical fallback instead of the sentence-embedding model")
    boolean lexical;

    @Option(names = "--config", paramLabel = "DIR", defaultValue = "bot-config",
            description = "run the escalation detectors (rules, phrasebook model, VIP) of DIR as the bot does (default: ${DEFAULT-VALUE})")
    Path config;

    @Option(names = "--macros-only", description = "only macros marked escalate: flag (no detectors of --config)")
    boolean macrosOnly;

    @Option(names = "--misses", paramLabel = "FILE", description = "write every wrong case as a JSON line: kind, text, expected, got, evidence")
    Path misses;

    @Option(names = "--sweep", description = "also print precision and recall of \"nothing fits\" at other thresholds")
    boolean sweep;

    @Option(names = "--sweep-points", paramLabel = "FILE", description = "write each case's best-match signals as TSV (for analysis)")
    Path sweepPoints;

    @Option(names = "--data", paramLabel = "DIR", defaultValue = "data",
            description = "where the vector cache of bank examples and phrasebook lines lives (default: ${DEFAULT-VALUE})")
    Path data;

    @Override
    public Integer call() throws Exception {
        Logging.quiet();
        MacroLoader.Result bank = MacroLoader.load(macros, null, category -> true);
        for (ConfigProblem p : bank.problems()) System.err.println("skipped: " + p);
        if (bank.macros().isEmpty()) {
            System.err.println("No usable macros in " + macros);
            return 2;
        }
        List<EvalCase> labelled;
        try {
            labelled = Eval.readCases(cases);
        } catch (NoSuchFileException e) {
            System.err.println("eval: no such cases file: " + cases);
            return 2;
        } catch (IOException e) {
            System.err.println("eval: " + e.getMessage());
            return 2;
        }
        BotConfig detectorConfig = null;
        if (!macrosOnly) {
            try {
                detectorConfig = ConfigLoader.load(config);
            } catch (ConfigException e) {
                System.err.println("eval: the config in " + config + " has problems (run 'check' for the same list; "
                        + "--macros-only skips the detectors):");
                e.problems().forEach(p -> System.err.println("  " + p));
                return 2;
            }
        }
        long start = System.nanoTime();
        Embedder model = Embedders.create(lexical);
        try (StoredVectors bankTexts = Embedders.stored(model, data)) {
            MacroMatcher matcher = new MacroMatcher(bank.macros(), bankTexts, AnswerSettings.minSimilarity(model));
            System.out.printf("answer bank: %d macros, model %s, ready in %.1f s%n", bank.macros().size(), model.modelId(),
                    (System.nanoTime() - start) / 1e9);
            EscalationJudge judge = EscalationJudge.fromMacros();
            if (detectorConfig != null) {
                long t = System.nanoTime();
                LivePhrasebook phrasebook = new LivePhrasebook(EscalationWiring.phrasings(detectorConfig, null), bankTexts,
                        EscalationModel.DEFAULT_C, bankTexts);
                System.out.printf("escalation detectors of %s: %d phrasebook lines, ready in %.1f s (vectors: %s)%n", config,
                        phrasebook.size(), (System.nanoTime() - t) / 1e9, bankTexts.stats());
                judge = detectors(detectorConfig, model, phrasebook);
            } else {
                System.out.println("escalation: macros marked escalate: only (--macros-only)");
            }
            try (PrintWriter out = misses == null ? null : new PrintWriter(Files.newBufferedWriter(misses, StandardCharsets.UTF_8))) {
                Consumer<Miss> sink = out == null ? m -> { } : m -> out.println(m.toJson());
                NothingFitsSweep points = new NothingFitsSweep();
                EvalReport report = new Eval(matcher, model, judge).run(labelled, sink, points);
                if (sweep) points.print(System.out);
                if (sweepPoints != null) points.write(sweepPoints);
                report.print(System.out, json);
            }
        }
        return 0;
    }

    /**
     * As the bot: detectors first (rules, phrasebook model, VIP), then the best-matching macro's
     * escalate: mark (the bot's hint; see AnswerBank#escalationHint).
     */
    private static EscalationJudge detectors(BotConfig cfg, Embedder model, LivePhrasebook phrasebook) {
        String platform = cfg.frontline().channels().keySet().iterator().next();
        EscalationPolicy policy = EscalationWiring.policy(cfg, platform, ConfigMapping.channels(cfg, platform));
        Detector detector = new Detector(policy, model, phrasebook, MacroEscalationHint.none());
        return (text, vector, m, ranked) -> {
            List<Flag> flags = detector.detect(text, vector, (dev.frontline.core.model.UserRef) null);
            if (!flags.isEmpty()) return Optional.of(new EscalationJudge.Verdict(flags.get(0).category(), flags.get(0).evidence()));
            return ranked.stream().limit(1).filter(best -> m.fits(best) && best.confidence() >= AnswerBank.HINT_MIN_CONFIDENCE && best.macro().escalate() != null).findFirst()
                    .map(best -> new EscalationJudge.Verdict(best.macro().escalate(), "the best-matching macro '" + best.macro().id()
                            + "' is marked escalate"));
        };
    }
}
