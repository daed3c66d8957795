package dev.frontline.core.answers;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Doc links and the glossary, looked up by words as agents type them. */
public final class Library {
    private final Map<String, DocLink> docs;
    private final List<GlossaryEntry> glossary;

    public Library(Map<String, DocLink> docs, List<GlossaryEntry> glossary) {
        this.docs = Map.copyOf(docs);
        this.glossary = List.copyOf(glossary);
    }

    public Optional<DocLink> doc(String key) {
        return Optional.ofNullable(docs.get(key));
    }

    public Set<String> docKeys() {
        return docs.keySet();
    }

    /** Docs whose key, title or topics share words with {@code query}, best first. */
    public List<DocLink> findDocs(String query) {
        Set<String> q = words(query);
        List<DocLink> found = new ArrayList<>();
        for (DocLink d : docs.values()) if (overlap(q, d) > 0) found.add(d);
        found.sort(Comparator.comparingInt((DocLink d) -> -overlap(q, d)).thenComparing(DocLink::key));
        return found;
    }

    private static int overlap(Set<String> q, DocLink d) {
        Set<String> w = words(d.key().replace('-', ' ') + " " + d.title() + " " + String.join(" ", d.answers()));
        int n = 0;
        for (String x : q) if (w.contains(x)) n++;
        return n;
    }

    /** The entry for a term or one of its aliases (case-insensitive), else entries mentioning it. */
    public List<GlossaryEntry> findTerm(String query) {
        String q = query.trim().toLowerCase(Locale.ROOT);
        for (GlossaryEntry e : glossary) {
            if (e.term().equalsIgnoreCase(q) || e.aliases().stream().anyMatch(a -> a.equalsIgnoreCase(q))) return List.of(e);
        }
        List<GlossaryEntry> near = new ArrayList<>();
        for (GlossaryEntry e : glossary) {
            String all = (e.term() + " " + String.join(" ", e.aliases()) + " " + e.definition()).toLowerCase(Locale.ROOT);
            if (all.contains(q)) near.add(e);
        }
        return near;
    }

    public List<GlossaryEntry> glossary() {
        return glossary;
    }

    private static Set<String> words(String text) {
        Set<String> out = new java.util.HashSet<>();
        for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (w.length() > 2) out.add(w.endsWith("s") && w.length() > 4 ? w.substring(0, w.length() - 1) : w);
        }
        return out;
    }
}
