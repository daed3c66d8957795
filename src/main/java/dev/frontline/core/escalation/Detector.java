package dev.frontline.core.escalation;

import dev.frontline.core.model.Ticket;
import dev.frontline.core.port.Embedder;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds what in a customer message calls for escalation. Per category, precise rules first
 * (keywords, regular expressions: certain, and they name the words), then meaning: the trained
 * phrasebook model's score against the category's threshold, with the nearest phrasebook line as
 * evidence (or, for a category without a threshold, its nearest example against {@code similarity}).
 * Rules alone miss paraphrases, meaning alone misses an exact word. Also: VIP customers, and the
 * answer bank's hint when a likely macro is marked {@code escalate:}. Thread-safe.
 */
public final class Detector {
    private static final Pattern EMAIL = Pattern.compile("[\\w.+-]+@([\\w-]+\\.)+[\\w-]+");
    /**
     * A message this close (cosine) to an ordinary phrasebook line is that line: the phrasebook (or the
     * team, through Not an escalation) already said it is ordinary, so the model's score does not flag
     * it unless a line of the category is at least as close. Near-identical wordings ("I can't log in" and
     * "I can't log in to my account.") score 0.95 or more with bge-small; paraphrases stay below.
     */
    static final double SAME_MESSAGE = 0.95;

    private final EscalationPolicy policy;
    private final Embedder messageEmbedder;
    private final LivePhrasebook phrasebook;
    private final MacroEscalationHint macroHint;
    private final Map<String, List<Pattern>> keywordPatterns = new LinkedHashMap<>();
    private final Map<String, List<float[]>> exampleVectors = new LinkedHashMap<>();
    private final Map<String, Pattern> planPatterns = new LinkedHashMap<>();

    public Detector(EscalationPolicy policy, Embedder embedder, MacroEscalationHint macroHint) {
        this(policy, embedder, LivePhrasebook.empty(embedder), macroHint);
    }

    /**
     * @param messageEmbedder embeds customer messages when no vector is given; the phrasebook's model
     * @param phrasebook      the trained model and its lines
     */
    public Detector(EscalationPolicy policy, Embedder messageEmbedder, LivePhrasebook phrasebook, MacroEscalationHint macroHint) {
        this.policy = policy;
        this.messageEmbedder = messageEmbedder;
        this.phrasebook = phrasebook;
        this.macroHint = macroHint;
        for (String plan : policy.vip().plans()) {
            planPatterns.put(plan, Pattern.compile("(?<![\\p{L}])" + Pattern.quote(plan.toLowerCase(Locale.ROOT)) + "(?![\\p{L}])"));
        }
        for (CategoryRules c : policy.categories().values()) {
            if (!c.enabled()) continue;
            List<Pattern> words = new ArrayList<>();
            for (String k : c.keywords()) {
                words.add(Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(k.toLowerCase(Locale.ROOT)).replace(" ", "\\E\\s+\\Q")
                        + "(?![\\p{L}\\p{N}])"));
            }
            keywordPatterns.put(c.name(), words);
            if (c.threshold() == null) exampleVectors.put(c.name(), c.examples().stream().map(phrasebook.embedder()::embed).toList());
        }
    }

    public Embedder messageEmbedder() {
        return messageEmbedder;
    }

    /** Every category the message calls for, each once, with the first evidence found. */
    public List<Flag> detect(String text, Ticket ticket) {
        return detect(text, messageEmbedder.embed(text), ticket);
    }

    /** As {@link #detect(String, Ticket)} for a message whose vector (from {@link #messageEmbedder()}'s model) is known. */
    public List<Flag> detect(String text, float[] vector, Ticket ticket) {
        return detect(text, vector, ticket == null ? null : ticket.customer());
    }

    /**
     * What decides a detection besides the text: the phrasebook's model and the answer bank, which
     * change when owners accept lines; results remembered for a text are valid for one version.
     */
    public Object version() {
        return java.util.List.of(phrasebook.model().map(m -> (Object) m).orElse("no model"), macroHint.version());
    }

    /** As {@link #detect(String, float[], Ticket)} for a message from {@code customer} (the VIP list is by id). */
    public List<Flag> detect(String text, float[] vector, dev.frontline.core.model.UserRef customer) {
        Map<String, Flag> flags = new LinkedHashMap<>();
        String lower = text.toLowerCase(Locale.ROOT);
        EscalationModel model = phrasebook.model().orElse(null);
        Map<String, Double> scores = model == null ? Map.of() : model.scores(vector);
        // The nearest ordinary line is looked up at most once per message, and only if the model would flag.
        java.util.function.Supplier<Optional<EscalationModel.Nearest>> ordinary = model == null ? Optional::empty
                : memo(() -> model.nearest(Phrasing.NONE, vector));
        for (CategoryRules c : policy.categories().values()) {
            if (!c.enabled() || c.name().equals("stuck")) continue;
            Optional<Flag> flag = rules(c, text, lower);
            if (flag.isEmpty() && c.name().equals("vip")) flag = vip(lower, customer);
            if (flag.isEmpty()) flag = meaning(c, vector, model, scores, ordinary);
            flag.ifPresent(f -> flags.put(c.name(), f));
        }
        macroHint.forMessage(text, vector).filter(f -> policy.enabled(f.category()) || policy.category(f.category()).isEmpty())
                .ifPresent(f -> flags.putIfAbsent(f.category(), f));
        return List.copyOf(flags.values());
    }

    private Optional<Flag> rules(CategoryRules c, String text, String lower) {
        for (Pattern p : keywordPatterns.getOrDefault(c.name(), List.of())) {
            Matcher m = p.matcher(lower);
            if (m.find()) return Optional.of(new Flag(c.name(), "said \"" + text.substring(m.start(), m.end()) + "\""));
        }
        for (Pattern p : c.patterns()) {
            Matcher m = p.matcher(text);
            if (m.find()) return Optional.of(new Flag(c.name(), "matched \"" + shorten(text.substring(m.start(), m.end())) + "\""));
        }
        return Optional.empty();
    }

    private static <T> java.util.function.Supplier<T> memo(java.util.function.Supplier<T> compute) {
        Object[] box = new Object[1];
        return () -> {
            if (box[0] == null) box[0] = compute.get();
            @SuppressWarnings("unchecked") T t = (T) box[0];
            return t;
        };
    }

    private Optional<Flag> meaning(CategoryRules c, float[] vector, EscalationModel model, Map<String, Double> scores,
                                   java.util.function.Supplier<Optional<EscalationModel.Nearest>> ordinaryLine) {
        OptionalDouble threshold = policy.modelThreshold(c);
        if (threshold.isPresent()) {
            Double score = scores.get(c.name());
            if (model == null || score == null || score < threshold.getAsDouble()) return Optional.empty();
            Optional<EscalationModel.Nearest> nearest = model.nearest(c.name(), vector);
            Optional<EscalationModel.Nearest> ordinary = ordinaryLine.get();
            if (ordinary.isPresent() && ordinary.get().similarity() >= SAME_MESSAGE
                    && ordinary.get().similarity() >= nearest.map(EscalationModel.Nearest::similarity).orElse(-1.0)) {
                return Optional.empty();
            }
            String like = nearest.map(n -> shorten(n.phrasing().text())).orElse("");
            return Optional.of(new Flag(c.name(), String.format(Locale.ROOT, "reads like \"%s\" (%.0f%% confident)", like, 100 * score), score));
        }
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
            return Optional.of(new Flag(c.name(), String.format(Locale.ROOT, "means the same as \"%s\" (similarity %.2f)",
                    c.examples().get(bestIndex), best), best));
        }
        return Optional.empty();
    }

    private Optional<Flag> vip(String lower, dev.frontline.core.model.UserRef customer) {
        EscalationPolicy.Vip vip = policy.vip();
        if (customer != null && vip.customerIds().contains(customer.id())) {
            return Optional.of(new Flag("vip", "customer " + customer.name() + " is on the VIP list"));
        }
        Matcher m = EMAIL.matcher(lower);
        while (m.find()) {
            String email = m.group();
            for (String domain : vip.emailDomains()) {
                if (email.endsWith("@" + domain.toLowerCase(Locale.ROOT))) return Optional.of(new Flag("vip", "email " + email + " is a VIP domain"));
            }
        }
        for (Map.Entry<String, Pattern> plan : planPatterns.entrySet()) {
            if (plan.getValue().matcher(lower).find()) return Optional.of(new Flag("vip", "mentions the " + plan.getKey() + " plan"));
        }
        return Optional.empty();
    }

    private static double dot(float[] a, float[] b) {
        double s = 0;
        for (int i = 0; i < a.length && i < b.length; i++) s += a[i] * b[i];
        return s;
    }

    private static String shorten(String s) {
        return s.length() <= 80 ? s : s.substring(0, 79) + "…";
    }
}
