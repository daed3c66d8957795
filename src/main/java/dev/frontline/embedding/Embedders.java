package dev.frontline.embedding;

import dev.frontline.core.port.Embedder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;

/** Chooses the embedder at start: the bundled model, or the lexical fallback if it cannot load. */
public final class Embedders {
    private static final Logger log = LoggerFactory.getLogger(Embedders.class);
    /** Measured: the eval on banking77-dev fails to load the model with -Xmx128m and runs with -Xmx256m. */
    static final int MODEL_LOAD_HEAP_MB = 256;

    private Embedders() {}

    private static java.util.concurrent.CompletableFuture<BgeSmallEmbedder> preloading;

    /**
     * Starts reading the model on a background thread, so that its ~2 s overlap the config, the
     * database and the migrations at start; {@link #create} then takes the loaded model (or the
     * failure, handled as if it happened there).
     */
    public static synchronized void preload() {
        if (preloading != null) return;
        preloading = new java.util.concurrent.CompletableFuture<>();
        Thread t = new Thread(() -> {
            try {
                preloading.complete(new BgeSmallEmbedder());
            } catch (Throwable e) {
                preloading.completeExceptionally(e);
            }
        }, "model-preload");
        t.setDaemon(true);
        t.start();
    }

    private static synchronized BgeSmallEmbedder loadModel() {
        if (preloading == null) return new BgeSmallEmbedder();
        try {
            return preloading.join();
        } catch (java.util.concurrent.CompletionException e) {
            preloading = null; // a later create() tries again in the calling thread
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException r) throw r;
            if (cause instanceof Error err) throw err;
            throw e;
        }
    }

    /** @param lexicalOnly skip the model (FRONTLINE_EMBEDDER=lexical), e.g. on a tiny machine */
    public static Embedder create(boolean lexicalOnly) {
        Embedder chosen;
        if (lexicalOnly) {
            chosen = new LexicalEmbedder();
        } else {
            try {
                chosen = loadModel();
            } catch (RuntimeException | LinkageError e) {
                log.warn("Could not load the sentence-embedding model ({}); suggestions fall back to word matching", e.toString());
                chosen = new LexicalEmbedder();
            } catch (OutOfMemoryError e) {
                // Loading reads the whole model into byte arrays at once; a failed load leaves nothing
                // behind, so the bot can go on with word matching instead of dying with "Java heap space".
                log.error("Not enough Java heap to load the sentence-embedding model (loading needs about {} MB; "
                        + "start Java with -Xmx{}m or more); suggestions fall back to word matching", MODEL_LOAD_HEAP_MB, MODEL_LOAD_HEAP_MB);
                chosen = new LexicalEmbedder();
            }
        }
        return chosen;
    }

    /**
     * For texts known in advance: the model's vectors kept in {@code dataDir} across restarts; the
     * lexical fallback is cheaper to compute than to read, so it is only remembered in memory.
     * FRONTLINE_VECTOR_CACHE (or -Dfrontline.vectorCache) names another folder for the cache, e.g. one
     * shared by several data folders (the tests share one per build, so only the first start embeds).
     */
    public static StoredVectors stored(Embedder embedder, Path dataDir) {
        if (embedder instanceof LexicalEmbedder || dataDir == null) return StoredVectors.inMemory(embedder);
        String elsewhere = System.getProperty("frontline.vectorCache", System.getenv().getOrDefault("FRONTLINE_VECTOR_CACHE", ""));
        return StoredVectors.open(embedder, elsewhere.isBlank() ? dataDir : Path.of(elsewhere));
    }
}
