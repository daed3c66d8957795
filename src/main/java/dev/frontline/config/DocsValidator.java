package dev.frontline.config;

import java.net.URI;
import java.net.URISyntaxException;

/** Doc links must be absolute http(s) URLs: they are shown to customers. */
final class DocsValidator {
    private DocsValidator() {}

    static void validate(YamlFile file, DocsConfig cfg, Problems problems) {
        cfg.docs().forEach((key, doc) -> {
            try {
                URI uri = new URI(doc.url());
                if (uri.getScheme() == null || !uri.getScheme().matches("https?") || uri.getHost() == null) {
                    throw new URISyntaxException(doc.url(), "not an http(s) URL");
                }
            } catch (URISyntaxException e) {
                problems.add(file, "/docs/" + key + "/url", "'" + doc.url() + "' is not a web address", "write a full https://… URL");
            }
        });
    }
}
