package dev.frontline.app;

import dev.frontline.core.port.Embedder;

/** How close a message must be to a macro's nearest example for the macro to "fit", per embedder. */
final class AnswerSettings {
    private AnswerSettings() {}

    static double minSimilarity(Embedder embedder) {
        // Chosen on ../shared/bench/clinc-dev (150 intents, 100 out-of-scope messages) with
        // `eval --macros-only --sweep`: 0.69 has the best F1 of "nothing fits" there (precision 0.56,
        // recall 0.77; 0.66: 0.68 / 0.62; the former 0.72: 0.42 / 0.84). On our own 37-case fixture it
        // lets 2 of 7 chit-chat messages through. The lexical fallback scores word overlap, where 0.2
        // already means shared content words.
        return embedder.modelId().startsWith("bge") ? 0.69 : 0.2;
    }
}
