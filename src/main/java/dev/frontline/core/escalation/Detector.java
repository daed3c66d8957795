package dev.frontline.core.escalation;

import dev.frontline.core.model.Ticket;
import dev.frontline.core.port.Embedder;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds what in a customer message calls for escalation. Per category, precise rules first
 * (keywords, regular expressions), then meaning (the nearest example phrasing by sentence
 * embedding): rules alone miss paraphrases, embeddings alone miss tone. Also: VIP customers, and
 * the answer bank's hint when the best-matching macro is marked {@code escalate:}.
 */
public final class Detector {
    private static final Pattern EMAIL = Pattern.compile("[\\w.+-]+@([\\w-]+\\.)+[\\w-]+");

    private final EscalationPolicy policy;
    private final Embedder embedder;
    private final MacroEscalationHint macroHint;
    private final Map<String, List<Pattern>> keywordPatterns = new LinkedHashMap<>();
    private final Map<String, List<float[]>> exampleVectors = new LinkedHashMap<>();

    public Detector(EscalationPolicy policy, Embedder embedder, MacroEscalationHint macroHint) {
        this.policy = policy;
        this.embedder = embedder;
        this.macroHint = macroHint;
        for (CategoryRules c : policy.categories().values()) {
            if (!c.enabled()) continue;
            List<Pattern> words = new ArrayList<>();
            for (String k : c.keywords()) {
                words.add(Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(k.toLowerCase(Locale.ROOT)).replace(" ", "\\E\\s+\\Q")
                        + "(?![\\p{L}\\p{N}])"));
            }
            keywordPatterns.put(c.name(), words);
            exampleVectors.put(c.name(), c.examples().stream().map(embedder::embed).toList());
        }
    }

    /** Every category the message calls for, each once, with the first evidence found. */
    public List<Flag> detect(String text, Ticket ticket) {
        Map<String, Flag> flags = new LinkedHashMap<>();
        String lower = text.toLowerCase(Locale.ROOT);
        float[] vector = null;
        for (CategoryRules c : policy.categories().values()) {
            if (!c.enabled() || c.name().equals("vip") || c.name().equals("stuck")) continue;
            Optional<String> evidence = rules(c, text, lower);
            if (evidence.isEmpty() && !c.examples().isEmpty()) {
                if (vector == null) vector = embedder.embed(text);
                evidence = meaning(c, vector);
            }
            evidence.ifPresent(e -> flags.put(c.name(), new Flag(c.name(), e)));
        }
        if (policy.enabled("vip")) vip(text, lower, ticket).ifPresent(e -> flags.putIfAbsent("vip", new Flag("vip", e)));
        macroHint.forText(text).filter(f -> policy.enabled(f.category()) || policy.category(f.category()).isEmpty())
                .ifPresent(f -> flags.putIfAbsent(f.category(), f));
        return List.copyOf(flags.values());
    }

    private Optional<String> rules(CategoryRules c, String text, String lower) {
        for (Pattern p : keywordPatterns.getOrDefault(c.name(), List.of())) {
            Matcher m = p.matcher(lower);
            if (m.find()) return Optional.of("said \"" + text.substring(m.start(), m.end()) + "\"");
        }
        for (Pattern p : c.patterns()) {
            Matcher m = p.matcher(text);
            if (m.find()) return Optional.of("matched \"" + shorten(text.substring(m.start(), m.end())) + "\"");
        }
        return Optional.empty();
    }

    private Optional<String> meaning(CategoryRules c, float[] vector) {
        List<float[]> examples = exampleVectors.getOrDefault(c.name(), List.of());
        double best = -1;
        int bestIndex = -1;
        for (int i = 0; i < examples.size(); i++) {
            double s = dot(vector, examples.get(i));
            if (s > best) {
                best = s;
                bestIndex = i;
            }
        }
        if (bestIndex >= 0 && best >= c.similarity()) {
            return Optional.of(String.format("means the same as \"%s\" (similarity %.2f)", c.examples().get(bestIndex), best));
        }
        return Optional.empty();
    }

    private Optional<String> vip(String text, String lower, Ticket ticket) {
        EscalationPolicy.Vip vip = policy.vip();
        if (ticket != null && vip.customerIds().contains(ticket.customer().id())) {
            return Optional.of("customer " + ticket.customer().name() + " is on the VIP list");
        }
        Matcher m = EMAIL.matcher(lower);
        while (m.find()) {
            String email = m.group();
            for (String domain : vip.emailDomains()) {
                if (email.endsWith("@" + domain.toLowerCase(Locale.ROOT))) return Optional.of("email " + email + " is a VIP domain");
            }
        }
        for (String plan : vip.plans()) {
            if (Pattern.compile("(?<![\\p{L}])" + Pattern.quote(plan.toLowerCase(Locale.ROOT)) + "(?![\\p{L}])").matcher(lower).find()) {
                return Optional.of("mentions the " + plan + " plan");
            }
        }
        return Optional.empty();
    }

    private static double dot(float[] a, float[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) s += a[i] * b[i];
        return s;
    }

    private static String shorten(String s) {
        return s.length() <= 60 ? s : s.substring(0, 59) + "…";
    }
}
