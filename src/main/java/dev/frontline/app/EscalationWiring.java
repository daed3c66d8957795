package dev.frontline.app;

import dev.frontline.config.BotConfig;
import dev.frontline.config.ConfigLoader;
import dev.frontline.config.Phrasebook;
import dev.frontline.config.PhrasebookLoader;
import dev.frontline.core.answers.AnswerStore;
import dev.frontline.core.answers.LearnedExample;
import dev.frontline.core.escalation.EscalationModel;
import dev.frontline.core.escalation.LivePhrasebook;
import dev.frontline.core.escalation.Phrasing;
import dev.frontline.core.escalation.PhrasebookProposals;
import dev.frontline.core.port.ModelCache;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Predicate;
import dev.frontline.config.EscalationConfig;
import dev.frontline.core.answers.AnswerBank;
import dev.frontline.core.escalation.CategoryRules;
import dev.frontline.core.escalation.EscalationPolicy;
import dev.frontline.core.escalation.Flag;
import dev.frontline.core.escalation.MacroEscalationHint;
import dev.frontline.core.model.Channels;

import java.time.LocalTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Turns escalation.yaml into the core's policy for one platform, connects the answer bank's hint, and
 * gathers what the escalation model learns from: the phrasebook files, the examples of escalation.yaml
 * and the lines the team accepted.
 */
final class EscalationWiring {
    private static final double DEFAULT_SIMILARITY = 0.84;

    private static final Logger log = LoggerFactory.getLogger(EscalationWiring.class);

    private EscalationWiring() {}

    /**
     * Every phrasing of enabled categories (and none), shipped then accepted. A broken phrasebook line
     * is logged and left out ({@code check} lists it with file:line): it costs one phrasing, not the start.
     */
    static List<Phrasing> phrasings(BotConfig config, AnswerStore store) {
        EscalationConfig c = config.escalation();
        Predicate<String> learnable = name -> name.equals(Phrasing.NONE)
                || (c.categories().containsKey(name) && !Boolean.FALSE.equals(c.categories().get(name).enabled()));
        PhrasebookLoader.Result book = PhrasebookLoader.load(config.dir(), c.categories().keySet());
        book.problems().forEach(p -> log.warn("Phrasebook: {} (line left out)", p));
        List<Phrasing> out = new ArrayList<>();
        book.phrasebook().lines().forEach((category, lines) -> {
            if (!learnable.test(category)) return;
            for (Phrasebook.Line l : lines) out.add(new Phrasing(category, l.text(), l.file() + ":" + l.line()));
        });
        c.categories().forEach((name, cat) -> {
            if (!learnable.test(name) || cat.examples() == null) return;
            for (String e : cat.examples()) out.add(new Phrasing(name, e, ConfigLoader.ESCALATION_FILE + " examples"));
        });
        if (store != null) store.accepted().forEach((target, texts) -> {
            if (!target.startsWith(LearnedExample.PHRASEBOOK)) return;
            String category = target.substring(LearnedExample.PHRASEBOOK.length());
            if (learnable.test(category)) for (String t : texts) out.add(new Phrasing(category, t, "accepted in /examples"));
        });
        return out;
    }

    /** The live phrasebook model, trained once per process on {@link #phrasings}. */
    static LivePhrasebook phrasebook(BotConfig config, AnswerBank bank) {
        long start = System.nanoTime();
        ModelCache cache = bank.bankEmbedder() instanceof ModelCache m ? m : ModelCache.none();
        LivePhrasebook live = new LivePhrasebook(phrasings(config, bank.store()), bank.bankEmbedder(), EscalationModel.DEFAULT_C, cache);
        log.info("Escalation model: {} phrasings, ready in {} ms", live.size(), (System.nanoTime() - start) / 1_000_000);
        return live;
    }

    /** Proposals go to the answer bank's review queue as {@code phrasebook:<category>}. */
    static PhrasebookProposals proposals(AnswerStore store) {
        return (category, text, ticketId, by, at) -> store.propose(LearnedExample.PHRASEBOOK + category, text, ticketId, by, at);
    }

    /** What an owner's {@code /examples accept} of a phrasebook line does: the model learns it. */
    static Consumer<LearnedExample> learner(LivePhrasebook live) {
        return e -> live.add(new Phrasing(e.phrasebookCategory(), e.text(), "accepted #" + e.id()));
    }

    static EscalationPolicy policy(BotConfig config, String platform, Channels channels) {
        EscalationConfig c = config.escalation();
        Map<String, CategoryRules> categories = new LinkedHashMap<>();
        c.categories().forEach((name, cat) -> categories.put(name, new CategoryRules(name, !Boolean.FALSE.equals(cat.enabled()),
                cat.keywords(), cat.patterns() == null ? null : cat.patterns().stream().map(Pattern::compile).toList(),
                cat.examples(), cat.similarity() == null ? DEFAULT_SIMILARITY : cat.similarity(), cat.threshold(), cat.route(),
                cat.nextSteps(), "card".equals(cat.ownerCopy()))));
        Map<String, String> routes = new HashMap<>();
        if (c.routes() != null) c.routes().forEach((route, perPlatform) -> {
            String channel = perPlatform.get(platform);
            if (channel != null) routes.put(route, channel.replaceFirst("^#", ""));
        });
        EscalationConfig.RefundPolicy r = c.refundPolicy();
        EscalationConfig.Vip vip = c.vip() == null ? new EscalationConfig.Vip(null, null, null) : c.vip();
        return new EscalationPolicy(platform, categories, routes, channels.owner(), c.repingAfter(), c.stuckAfter(),
                new EscalationPolicy.RefundLimits(new dev.frontline.core.model.Money(r.maxAmount().movePointRight(2).setScale(0,
                        java.math.RoundingMode.UNNECESSARY).longValueExact(), r.currency()), r.maxDays(), r.maxPerCustomer(), r.period()),
                new EscalationPolicy.Vip(vip.customerIds(), vip.emailDomains(), vip.plans()),
                c.guardedDigestAt() == null ? LocalTime.of(17, 0) : c.guardedDigestAt(),
                ZoneId.of(config.frontline().workspace().timezone()),
                c.escalateWhenInDoubt() == null ? 0 : c.escalateWhenInDoubt());
    }

    static MacroEscalationHint hint(AnswerBank bank) {
        return new MacroEscalationHint() {
            @Override
            public java.util.Optional<Flag> forMessage(String text, float[] vector) {
                return bank.escalationHint(text, vector)
                        .map(e -> new Flag(e.getKey(), "the best-matching macro '" + e.getValue() + "' is marked escalate"));
            }

            @Override
            public Object version() {
                return bank.matcher();
            }
        };
    }
}
