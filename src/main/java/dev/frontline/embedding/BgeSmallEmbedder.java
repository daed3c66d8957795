package dev.frontline.embedding;

import dev.frontline.core.port.Embedder;
import dev.langchain4j.model.embedding.onnx.bgesmallenv15q.BgeSmallEnV15QuantizedEmbeddingModel;

/**
 * Sentence embeddings from the quantised bge-small-en-v1.5 model that ships inside the jar
 * (LangChain4j, ONNX runtime in-process): no network, ~30 MB, a few ms per short message.
 * Load it once per process: construction reads the model.
 */
public final class BgeSmallEmbedder implements Embedder {
    private final BgeSmallEnV15QuantizedEmbeddingModel model = new BgeSmallEnV15QuantizedEmbeddingModel();

    @Override
    public String modelId() {
        return "bge-small-en-v1.5-q";
    }

    @Override
    public float[] embed(String text) {
        float[] v = model.embed(text == null || text.isBlank() ? "." : text).content().vector();
        return Vectors.normalized(v);
    }
}
