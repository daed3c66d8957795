package dev.frontline.ops;

import dev.frontline.core.port.Embedder;

/** The model's latency per customer message ({@code frontline_model_latency}), around any embedder. */
public final class TimedEmbedder implements Embedder {
    private final Embedder inner;
    private final Metrics metrics;

    public TimedEmbedder(Embedder inner, Metrics metrics) {
        this.inner = inner;
        this.metrics = metrics;
    }

    @Override
    public String modelId() {
        return inner.modelId();
    }

    @Override
    public float[] embed(String text) {
        long start = System.nanoTime();
        try {
            return inner.embed(text);
        } finally {
            metrics.time("frontline_model_latency", "Time to embed one customer message with the sentence model",
                    System.nanoTime() - start, "model", inner.modelId());
        }
    }
}
