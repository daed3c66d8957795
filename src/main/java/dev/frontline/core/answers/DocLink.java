package dev.frontline.core.answers;

import java.util.List;

/** A help-centre page: {@code {{doc.KEY}}} in a macro renders to its URL. */
public record DocLink(String key, String title, String url, List<String> answers) {
    public DocLink {
        answers = answers == null ? List.of() : List.copyOf(answers);
    }
}
