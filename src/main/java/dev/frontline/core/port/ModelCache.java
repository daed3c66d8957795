package dev.frontline.core.port;

import java.util.Optional;

/**
 * Keeps trained models by a key that hashes everything they were trained on (texts, labels, model
 * id, settings), so a start with an unchanged phrasebook loads the weights instead of training for
 * seconds. A cache: losing an entry costs one training, never a different decision.
 */
public interface ModelCache {
    Optional<String> find(String key);

    void save(String key, String model);

    static ModelCache none() {
        return new ModelCache() {
            @Override
            public Optional<String> find(String key) {
                return Optional.empty();
            }

            @Override
            public void save(String key, String model) {
            }
        };
    }
}
