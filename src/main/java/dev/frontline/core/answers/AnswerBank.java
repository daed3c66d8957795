package dev.frontline.core.answers;

import dev.frontline.core.model.Macro;
import dev.frontline.core.port.Embedder;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The approved replies (macros from disk plus the examples owners accepted) and the matcher built
 * over them. Rebuilt when an example is accepted; readers always see a complete matcher.
 * Two embedders of the same model: one for the bank's own texts (kept across restarts by content
 * hash), one for customer messages (never stored).
 */
public final class AnswerBank {
    private final List<Macro> fromDisk;
    private final Embedder bankEmbedder;
    private final Embedder embedder;
    private final double minSimilarity;
    private final AnswerStore store;
    private volatile MacroMatcher matcher;

    public AnswerBank(List<Macro> fromDisk, Embedder embedder, double minSimilarity, AnswerStore store) {
        this(fromDisk, embedder, embedder, minSimilarity, store);
    }

    /**
     * @param bankEmbedder     embeds examples and titles (may persist vectors)
     * @param messageEmbedder  embeds customer messages; the same model as {@code bankEmbedder}
     */
    public AnswerBank(List<Macro> fromDisk, Embedder bankEmbedder, Embedder messageEmbedder, double minSimilarity, AnswerStore store) {
        if (!bankEmbedder.modelId().equals(messageEmbedder.modelId())) {
            throw new IllegalArgumentException("bank and messages must use one model: " + bankEmbedder.modelId() + " vs " + messageEmbedder.modelId());
        }
        this.fromDisk = List.copyOf(fromDisk);
        this.bankEmbedder = bankEmbedder;
        this.embedder = messageEmbedder;
        this.minSimilarity = minSimilarity;
        this.store = store;
        rebuild();
    }

    /** Re-reads accepted examples and rebuilds the matcher (vectors are cached, so only new text is embedded). */
    public synchronized void rebuild() {
        Map<String, List<String>> learned = store.accepted();
        List<Macro> macros = new ArrayList<>();
        for (Macro m : fromDisk) macros.add(m.withExtraExamples(learned.getOrDefault(m.id(), List.of())));
        matcher = new MacroMatcher(macros, bankEmbedder, minSimilarity);
    }

    /** The embedder for customer messages (the same model as the bank's). */
    public Embedder embedder() {
        return embedder;
    }

    /** The embedder for texts known in advance (examples, phrasebook lines), which may keep vectors across restarts. */
    public Embedder bankEmbedder() {
        return bankEmbedder;
    }

    /**
     * The escalation category of the best-matching macro when it fits and must be escalated, with the
     * macro's id; {@code vector} is the message's embedding from {@link #embedder()}. Only the best
     * macro: the trained escalation detector runs before it, and the looser "any of the three likely
     * macros" rule ({@link MacroMatcher#escalationAmong}) added false flags on top of it (4 of the 21
     * mistakes on half A of escalation-dev), while on banking77-dev the best macro alone has the same
     * recall at a higher precision (0.921 / 0.957 against 0.917 / 0.957).
     */
    /** Measured on half A of escalation-dev: at 0.3, 0.5 and 0.7 the same recall, 6, 4 and 2 false privacy flags. */
    public static final double HINT_MIN_CONFIDENCE = 0.7;

    public Optional<Map.Entry<String, String>> escalationHint(String text, float[] vector) {
        MacroMatcher current = matcher;
        return current.rank(text, vector, 1).stream().filter(m -> current.fits(m) && m.confidence() >= HINT_MIN_CONFIDENCE && m.macro().escalate() != null).findFirst()
                .map(m -> Map.entry(m.macro().escalate(), m.macro().id()));
    }

    public MacroMatcher matcher() {
        return matcher;
    }

    public List<Macro> macros() {
        return matcher.macros();
    }

    public Optional<Macro> macro(String id) {
        return matcher.macros().stream().filter(m -> m.id().equals(id)).findFirst();
    }

    public AnswerStore store() {
        return store;
    }
}
