package dev.frontline.app;

import dev.frontline.core.port.Embedder;

/** How close a message must be to a macro's nearest example for the macro to "fit", per embedder. */
final class AnswerSettings {
    private AnswerSettings() {}

    static double minSimilarity(Embedder embedder) {
        // bge-small puts unrelated short texts around 0.4-0.55 and paraphrases above 0.7; the
        // lexical fallback scores word overlap, where 0.2 already means shared content words.
        return embedder.modelId().startsWith("bge") ? 0.62 : 0.2;
    }
}
