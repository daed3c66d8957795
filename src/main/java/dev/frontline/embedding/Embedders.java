package dev.frontline.embedding;

import dev.frontline.core.port.Embedder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Chooses the embedder at start: the bundled model, or the lexical fallback if it cannot load. */
public final class Embedders {
    private static final Logger log = LoggerFactory.getLogger(Embedders.class);

    private Embedders() {}

    /** @param lexicalOnly skip the model (FRONTLINE_EMBEDDER=lexical), e.g. on a tiny machine */
    public static Embedder create(boolean lexicalOnly) {
        Embedder chosen;
        if (lexicalOnly) {
            chosen = new LexicalEmbedder();
        } else {
            try {
                chosen = new BgeSmallEmbedder();
            } catch (RuntimeException | LinkageError e) {
                log.warn("Could not load the sentence-embedding model ({}); suggestions fall back to word matching", e.toString());
                chosen = new LexicalEmbedder();
            }
        }
        return new CachingEmbedder(chosen, 50_000);
    }
}
