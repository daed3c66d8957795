package dev.frontline.embedding;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.frontline.core.port.Embedder;

/**
 * Remembers vectors by text, so the answer bank's examples are embedded once however often the
 * bank is rebuilt (learned examples, reloads) and repeated customer phrases cost nothing.
 */
public final class CachingEmbedder implements Embedder {
    private final Embedder inner;
    private final Cache<String, float[]> cache;

    public CachingEmbedder(Embedder inner, long maxEntries) {
        this.inner = inner;
        this.cache = Caffeine.newBuilder().maximumSize(maxEntries).build();
    }

    @Override
    public String modelId() {
        return inner.modelId();
    }

    @Override
    public float[] embed(String text) {
        return cache.get(text == null ? "" : text, inner::embed);
    }
}
