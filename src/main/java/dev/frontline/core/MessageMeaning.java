package dev.frontline.core;

import dev.frontline.core.port.Embedder;

/**
 * What one customer message means as a sentence embedding, computed at most once per message and
 * shared by every listener that reads it (the macro matcher and the escalation detector): the
 * embedding is the expensive part of triage (several ms), everything after it is a few dot products.
 * Lives on the {@link TicketMessage} because that is the one object all listeners of a message
 * receive; a cache keyed by text elsewhere would need eviction and would keep customer text around.
 * Thread-safe; a listener using another model gets its own vector, never a wrong one.
 */
public final class MessageMeaning {
    private final String text;
    private String modelId;
    private float[] vector;

    public MessageMeaning(String text) {
        this.text = text == null ? "" : text;
    }

    public String text() {
        return text;
    }

    /** The message's vector from {@code embedder}, computed on first use. */
    public float[] vector(Embedder embedder) {
        synchronized (this) {
            if (vector != null && embedder.modelId().equals(modelId)) return vector;
            if (vector != null) return embedder.embed(text);
        }
        // Embed outside the lock: a second listener on another thread waits for nothing but a duplicate.
        float[] v = embedder.embed(text);
        synchronized (this) {
            if (vector == null) {
                vector = v;
                modelId = embedder.modelId();
            }
            return embedder.modelId().equals(modelId) ? vector : v;
        }
    }

    private final java.util.Map<Object, Object> memos = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * A result that depends on this message's text only (a ranking, a model's scores), computed once
     * under {@code key}: listeners compute it while the event is prepared, before its transaction
     * opens, and find it again inside. The key must name everything else the result depends on
     * (e.g. the matcher instance), so a rebuilt bank is never answered from an old result.
     */
    @SuppressWarnings("unchecked")
    public <T> T memo(Object key, java.util.function.Supplier<T> compute) {
        Object v = memos.get(key);
        if (v == null) {
            v = compute.get();
            Object raced = memos.putIfAbsent(key, v);
            if (raced != null) v = raced;
        }
        return (T) v;
    }

    /** True once a vector has been computed (for tests: proof the work was shared). */
    public synchronized boolean computed() {
        return vector != null;
    }
}
