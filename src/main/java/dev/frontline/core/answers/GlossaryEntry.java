package dev.frontline.core.answers;

import java.util.List;

/** A product term, what it means, and the mix-up customers often make. */
public record GlossaryEntry(String term, String definition, List<String> aliases, String confusedWith) {
    public GlossaryEntry {
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
    }
}
