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
 */
public final class AnswerBank {
    private final List<Macro> fromDisk;
    private final Embedder embedder;
    private final double minSimilarity;
    private final AnswerStore store;
    private volatile MacroMatcher matcher;

    public AnswerBank(List<Macro> fromDisk, Embedder embedder, double minSimilarity, AnswerStore store) {
        this.fromDisk = List.copyOf(fromDisk);
        this.embedder = embedder;
        this.minSimilarity = minSimilarity;
        this.store = store;
        rebuild();
    }

    /** Re-reads accepted examples and rebuilds the matcher (vectors are cached, so only new text is embedded). */
    public synchronized void rebuild() {
        Map<String, List<String>> learned = store.accepted();
        List<Macro> macros = new ArrayList<>();
        for (Macro m : fromDisk) macros.add(m.withExtraExamples(learned.getOrDefault(m.id(), List.of())));
        matcher = new MacroMatcher(macros, embedder, minSimilarity);
    }

    public Embedder embedder() {
        return embedder;
    }

    /** The escalation category of a likely macro for {@code text} that must be escalated, with the macro's id. */
    public Optional<Map.Entry<String, String>> escalationHint(String text) {
        MacroMatcher current = matcher;
        return current.escalationAmong(current.rank(text, 3)).map(m -> Map.entry(m.macro().escalate(), m.macro().id()));
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
