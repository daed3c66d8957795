package dev.frontline.app;

import dev.frontline.core.port.Embedder;

/** How close a message must be to a macro's centroid (mean of its examples) for the macro to "fit", per embedder. */
final class AnswerSettings {
    private AnswerSettings() {}

    static double minSimilarity(Embedder embedder) {
        // Chosen on ../shared/bench/clinc-dev (150 intents, 100 out-of-scope messages) with
        // `eval --macros-only --sweep`: a centroid similarity of 0.70 has the best F1 of "nothing fits"
        // there (precision 0.81, recall 0.76; 0.69: 0.83 / 0.71; 0.71: 0.72 / 0.80). The former rule,
        // the nearest example at 0.69, reached only 0.57 / 0.77. The lexical fallback scores word
        // overlap, where 0.2 already means shared content words.
        return embedder.modelId().startsWith("bge") ? 0.70 : 0.2;
    }
}
