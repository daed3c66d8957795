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

    /** True once a vector has been computed (for tests: proof the work was shared). */
    public synchronized boolean computed() {
        return vector != null;
    }
}
