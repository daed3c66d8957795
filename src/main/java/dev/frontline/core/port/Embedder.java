package dev.frontline.core.port;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns text into a sentence embedding (a unit-length vector), so that texts with the same meaning
 * are close by cosine similarity. The default implementation runs a small model in-process; tests
 * may use a lexical one. Implementations are thread-safe.
 */
public interface Embedder {

    /** Stable id of the model, part of cache keys (a new model must not reuse old vectors). */
    String modelId();

    float[] embed(String text);

    default List<float[]> embedAll(List<String> texts) {
        List<float[]> out = new ArrayList<>(texts.size());
        for (String t : texts) out.add(embed(t));
        return out;
    }
}
