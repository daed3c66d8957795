package dev.frontline.embedding;

import dev.frontline.core.port.Embedder;

import java.util.Locale;

/**
 * The fallback when the model cannot load: a hashed bag of words and word bigrams with light
 * suffix stripping, unit length. Understands shared words, not meaning; fast and deterministic,
 * which also makes it the embedder of choice for unit tests.
 */
public final class LexicalEmbedder implements Embedder {
    private static final int DIMENSIONS = 2048;

    @Override
    public String modelId() {
        return "lexical-hash-2048";
    }

    @Override
    public float[] embed(String text) {
        float[] v = new float[DIMENSIONS];
        String[] words = (text == null ? "" : text).toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+");
        String previous = null;
        for (String w : words) {
            if (w.isEmpty()) continue;
            String stem = stem(w);
            add(v, stem, 1f);
            if (previous != null) add(v, previous + " " + stem, 0.5f);
            previous = stem;
        }
        return Vectors.normalized(v);
    }

    private static void add(float[] v, String token, float weight) {
        int h = token.hashCode();
        int index = Math.floorMod(h, DIMENSIONS);
        v[index] += (h & 0x10000) == 0 ? weight : -weight;
    }

    static String stem(String w) {
        if (w.length() > 5 && w.endsWith("ing")) return w.substring(0, w.length() - 3);
        if (w.length() > 4 && w.endsWith("ed")) return w.substring(0, w.length() - 2);
        if (w.length() > 3 && w.endsWith("s") && !w.endsWith("ss")) return w.substring(0, w.length() - 1);
        return w;
    }
}
