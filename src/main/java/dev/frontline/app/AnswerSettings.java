package dev.frontline.app;

import dev.frontline.core.port.Embedder;

/** How close a message must be to a macro's nearest example for the macro to "fit", per embedder. */
final class AnswerSettings {
    private AnswerSettings() {}

    static double minSimilarity(Embedder embedder) {
        // Measured on src/test/resources/answers/default-bank-cases.jsonl with bge-small: chit-chat
        // and thank-yous reach at most 0.70 to their nearest example, real questions at least 0.75.
        // The lexical fallback scores word overlap, where 0.2 already means shared content words.
        return embedder.modelId().startsWith("bge") ? 0.72 : 0.2;
    }
}
