package dev.frontline.core.escalation;

import dev.frontline.core.port.Embedder;
import dev.frontline.core.port.ModelCache;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The phrasebook the bot runs with: the shipped lines plus those the team accepted, and the model
 * trained on them. Trained once at start; a newly accepted line retrains warm-started from the
 * current weights (a fraction of a second, not a full start) and readers switch to the new model at
 * once, never seeing a half-trained one.
 */
public final class LivePhrasebook {
    private static final Logger log = LoggerFactory.getLogger(LivePhrasebook.class);

    private final Embedder embedder;
    private final ModelCache cache;
    private final double c;
    private final List<Phrasing> lines = new ArrayList<>();
    private final List<float[]> vectors = new ArrayList<>();
    private volatile EscalationModel model;

    /**
     * @param embedder embeds phrasebook lines (the bank's embedder: vectors kept across restarts); the
     *                 same model as customer messages
     */
    public LivePhrasebook(List<Phrasing> phrasings, Embedder embedder, double c) {
        this(phrasings, embedder, c, ModelCache.none());
    }

    /** @param cache trained weights by what they were trained on: an unchanged phrasebook starts without training */
    public LivePhrasebook(List<Phrasing> phrasings, Embedder embedder, double c, ModelCache cache) {
        this.embedder = embedder;
        this.cache = cache;
        this.c = c;
        // One order for one set of lines: the trained-model cache is keyed by the lines in order, and
        // callers gather them from maps whose order can change from one start to the next.
        List<Phrasing> canonical = new ArrayList<>(phrasings);
        canonical.sort(Phrasing.CANONICAL);
        for (Phrasing p : canonical) {
            lines.add(p);
            vectors.add(embedder.embed(p.text()));
        }
        model = train(null);
    }

    public static LivePhrasebook empty(Embedder embedder) {
        return new LivePhrasebook(List.of(), embedder, EscalationModel.DEFAULT_C);
    }

    public Embedder embedder() {
        return embedder;
    }

    /** The current model; empty while the phrasebook has fewer than two labels. */
    public Optional<EscalationModel> model() {
        return Optional.ofNullable(model);
    }

    public synchronized int size() {
        return lines.size();
    }

    /** Learns one more phrasing (an accepted line): retrains warm-started and switches readers to it. */
    public synchronized void add(Phrasing phrasing) {
        lines.add(phrasing);
        vectors.add(embedder.embed(phrasing.text()));
        long start = System.nanoTime();
        model = train(model);
        log.info("Escalation model retrained with \"{}\" ({}) in {} ms", phrasing.text(), phrasing.category(),
                (System.nanoTime() - start) / 1_000_000);
    }

    private EscalationModel train(EscalationModel warm) {
        if (lines.stream().map(Phrasing::category).distinct().count() < 2) return null;
        List<Phrasing> now = List.copyOf(lines);
        List<float[]> nowVectors = List.copyOf(vectors);
        String key = EscalationModel.trainingKey(now, embedder.modelId(), c);
        Optional<EscalationModel> cached = cache.find(key).flatMap(saved -> EscalationModel.load(saved, now, nowVectors));
        if (cached.isPresent()) return cached.get();
        EscalationModel trained = EscalationModel.train(now, nowVectors, c, warm);
        cache.save(key, trained.save());
        return trained;
    }
}
