package dev.frontline.app;

import dev.frontline.config.BotConfig;
import dev.frontline.config.ConfigException;
import dev.frontline.config.ConfigLoader;
import dev.frontline.config.ConfigProblem;
import dev.frontline.config.MacroLoader;
import dev.frontline.core.answers.MacroMatcher;
import dev.frontline.core.escalation.Detector;
import dev.frontline.core.escalation.EscalationPolicy;
import dev.frontline.core.escalation.Flag;
import dev.frontline.core.escalation.MacroEscalationHint;
import dev.frontline.core.port.Embedder;
import dev.frontline.embedding.Embedders;
import dev.frontline.eval.Eval;
import dev.frontline.eval.EvalCase;
import dev.frontline.eval.EvalReport;
import dev.frontline.eval.EscalationJudge;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

/** {@code eval --macros DIR --cases FILE.jsonl [--json]}: the suggestion and escalation benchmark. */
@Command(name = "eval", description = "Benchmark suggestions and escalation flags on labelled cases "
        + "({\"text\", \"macro\", \"escalate\"} per line). With --json the last line is one JSON object.")
final class EvalCommand implements Callable<Integer> {
    @Option(names = "--macros", required = true, paramLabel = "DIR", description = "answer bank to match against")
    Path macros;

    @Option(names = "--cases", required = true, paramLabel = "FILE", description = "labelled cases, one JSON object per line")
    Path cases;

    @Option(names = "--json", description = "end with one JSON line: cases, top1, top3, nomatch_precision, nomatch_recall, "
            + "escalation_precision, escalation_recall, p50_ms, p99_ms, heap_mb, peak_rss_mb")
    boolean json;

    @Option(names = "--lexical", description = "use the lexical fallback instead of the sentence-embedding model")
    boolean lexical;

    @Option(names = "--config", paramLabel = "DIR", description = "also run the escalation detectors of DIR/escalation.yaml "
            + "(without it, only macros marked escalate: count)")
    Path config;

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
        try {
            if (config != null) detectorConfig = ConfigLoader.load(config);
        } catch (ConfigException e) {
            System.err.println("eval: the config in " + config + " has problems (run 'check' for the same list):");
            e.problems().forEach(p -> System.err.println("  " + p));
            return 2;
        }
        long start = System.nanoTime();
        Embedder embedder = Embedders.create(lexical);
        MacroMatcher matcher = new MacroMatcher(bank.macros(), embedder, AnswerSettings.minSimilarity(embedder));
        System.out.printf("answer bank: %d macros, model %s, ready in %.1f s%n", bank.macros().size(), embedder.modelId(),
                (System.nanoTime() - start) / 1e9);
        EscalationJudge judge = detectorConfig == null ? EscalationJudge.fromMacros() : detectors(detectorConfig, embedder);
        EvalReport report = new Eval(matcher, judge).run(labelled);
        report.print(System.out, json);
        return 0;
    }

    /** Detectors first (rules, meaning, VIP), then the best fitting macro's escalate: mark. */
    private static EscalationJudge detectors(BotConfig cfg, Embedder embedder) {
        String platform = cfg.frontline().channels().keySet().iterator().next();
        EscalationPolicy policy = EscalationWiring.policy(cfg, platform, ConfigMapping.channels(cfg, platform));
        Detector detector = new Detector(policy, embedder, MacroEscalationHint.none());
        EscalationJudge macros = EscalationJudge.fromMacros();
        return (text, m, ranked) -> {
            List<Flag> flags = detector.detect(text, null);
            return flags.isEmpty() ? macros.categoryFor(text, m, ranked) : Optional.of(flags.get(0).category());
        };
    }
}
