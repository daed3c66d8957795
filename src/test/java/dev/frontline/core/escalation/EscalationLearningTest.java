package dev.frontline.core.escalation;

import dev.frontline.core.answers.AnswerBank;
import dev.frontline.core.answers.AnswersFeature;
import dev.frontline.core.answers.LearnedExample;
import dev.frontline.core.answers.Library;
import dev.frontline.core.answers.MacroRenderer;
import dev.frontline.core.answers.MacroSender;
import dev.frontline.core.model.Action;
import dev.frontline.core.model.Button;
import dev.frontline.core.model.Inbound;
import dev.frontline.core.model.Macro;
import dev.frontline.core.model.Place;
import dev.frontline.core.model.Ticket;
import dev.frontline.core.port.Embedder;
import dev.frontline.core.port.TicketStore;
import dev.frontline.embedding.LexicalEmbedder;
import dev.frontline.storage.JdbcAnswerStore;
import dev.frontline.storage.JdbcEscalationStore;
import dev.frontline.storage.JdbcOnceGuard;
import dev.frontline.testing.BotFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import static dev.frontline.testing.BotFixture.AGENT;
import static dev.frontline.testing.BotFixture.CUSTOMER;
import static dev.frontline.testing.BotFixture.LEAD;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The trained detector in a whole bot (lexical embedder, a small phrasebook of our own): what staff
 * see on a flag, one embedding per message, and learning from the team through /examples.
 */
class EscalationLearningTest {
    @TempDir
    Path dir;
    BotFixture f;
    JdbcAnswerStore answers;
    LivePhrasebook phrasebook;
    final Map<String, AtomicInteger> embedded = new ConcurrentHashMap<>();

    /** Counts how often each text is embedded, to prove the message vector is computed once. */
    final Embedder counting = new Embedder() {
        private final LexicalEmbedder inner = new LexicalEmbedder();

        @Override
        public String modelId() {
            return inner.modelId();
        }

        @Override
        public float[] embed(String text) {
            embedded.computeIfAbsent(text, k -> new AtomicInteger()).incrementAndGet();
            return inner.embed(text);
        }
    };

    static List<Phrasing> lines() {
        List<Phrasing> p = new ArrayList<>();
        for (String t : List.of("my bank will reverse the payment", "I'll ask my card company to claw the money back",
                "I am disputing this with my credit card issuer", "paypal claim opened, get the money back", "I'll have the bank pull the charge"))
            p.add(new Phrasing("chargeback", t, "test"));
        for (String t : List.of("I'm furious, get me your manager", "this is the worst service ever, I'm livid", "put a supervisor on now"))
            p.add(new Phrasing("angry", t, "test"));
        for (String t : List.of("where is my parcel", "how do I change my password", "can I get an invoice for my order",
                "how do I export my tasks", "what are your opening hours", "do you ship to Austria", "thanks, that worked",
                "how do I add a teammate to my board"))
            p.add(new Phrasing(Phrasing.NONE, t, "test"));
        return p;
    }

    static EscalationPolicy policy() {
        Map<String, CategoryRules> c = new LinkedHashMap<>();
        c.put("chargeback", new CategoryRules("chargeback", true, List.of("chargeback"), List.of(), List.of(), 0.99, 0.5, "owner",
                List.of("Refund in full", "Call the customer")));
        c.put("angry", new CategoryRules("angry", true, List.of(), List.of(), List.of(), 0.99, 0.5, "owner",
                List.of("Owner calls", "Goodwill credit")));
        c.put("stuck", new CategoryRules("stuck", true, List.of(), List.of(), List.of(), 0.99, "tier2", List.of("Take over", "Pair")));
        EscalationPolicy base = EscalationTest.policy();
        return new EscalationPolicy(BotFixture.PLATFORM, c, base.routeChannels(), base.ownerChannel(), base.repingAfter(), base.stuckAfter(), base.refunds(),
                base.vip(), base.guardedDigestAt(), base.zone(), 0);
    }

    @BeforeEach
    void setUp() {
        f = new BotFixture(dir, fx -> {
            answers = new JdbcAnswerStore(fx.db);
            phrasebook = new LivePhrasebook(lines(), counting, EscalationModel.DEFAULT_C);
            embedded.clear();
            Macro order = new Macro("order-status", "Where is my order", List.of("where is my order", "my parcel has not arrived"),
                    List.of(), List.of(), null, null, "It is on its way.");
            AnswerBank bank = new AnswerBank(List.of(order), counting, 0.2, answers);
            MacroSender sender = new MacroSender(bank, new MacroRenderer(new Library(Map.of(), List.of())), fx.tickets, fx.team);
            EscalationPolicy policy = policy();
            Detector detector = new Detector(policy, counting, phrasebook, MacroEscalationHint.none());
            PhrasebookProposals proposals = (category, text, ticket, by, at) ->
                    answers.propose(LearnedExample.PHRASEBOOK + category, text, ticket, by, at);
            return List.of(
                    new AnswersFeature(bank, new Library(Map.of(), List.of()), sender, fx.tickets.store(), new JdbcOnceGuard(fx.db),
                            e -> phrasebook.add(new Phrasing(e.phrasebookCategory(), e.text(), "accepted"))),
                    new EscalationFeature(new EscalationDesk(policy, new JdbcEscalationStore(fx.db, BotFixture.PLATFORM), fx.tickets, fx.team), detector,
                            fx.tickets, fx.team, new JdbcOnceGuard(fx.db), proposals));
        });
    }

    @AfterEach
    void tearDown() {
        f.close();
    }

    private static Action.StaffNote flag(List<Action> actions) {
        return actions.stream().filter(a -> a instanceof Action.StaffNote n && n.text().startsWith("⚠")).map(a -> (Action.StaffNote) a)
                .findFirst().orElseThrow(() -> new AssertionError("no flag in " + actions));
    }

    private static boolean flagged(List<Action> actions) {
        return actions.stream().anyMatch(a -> a instanceof Action.StaffNote n && n.text().startsWith("⚠"));
    }

    private Ticket latest() {
        List<Ticket> all = f.store.query(TicketStore.Query.all());
        return all.stream().max(java.util.Comparator.comparingLong(Ticket::id)).orElseThrow();
    }

    private String privateText(List<Action> actions) {
        return assertInstanceOf(Action.PrivateReply.class, actions.get(0)).text();
    }

    @Test
    void aParaphrasedThreatIsFlaggedWithTheLineItReadsLikeAndAConfidenceForStaffOnly() {
        List<Action> actions = f.post(CUSTOMER, "fine, my card company will claw the money back then");

        Action.StaffNote note = flag(actions);
        assertTrue(note.text().matches("(?s).*• chargeback: reads like \"I'll ask my card company to claw the money back\" \\(\\d+% confident\\).*"),
                note.text());
        assertEquals(List.of("Not an escalation"), note.buttons().stream().map(Button::label).toList());
        assertFalse(actions.stream().anyMatch(a -> a instanceof Action.Reply r && r.text().contains("escalat")), "flags are staff-only");
    }

    @Test
    void suggestionsAndFlagsShareOneEmbeddingOfTheMessage() {
        String text = "my card company will claw the money back, where is my parcel";
        List<Action> actions = f.post(CUSTOMER, text);

        assertTrue(flagged(actions), actions.toString());
        assertTrue(actions.stream().anyMatch(a -> a instanceof Action.StaffNote n && n.text().startsWith("Suggested")), actions.toString());
        assertEquals(1, embedded.get(text).get(), "one embedding for the matcher and the detector");
    }

    @Test
    void notAnEscalationProposesANoneLineAndOnceAcceptedTheSameMessageIsNoLongerFlagged() {
        String text = "the bank statement shows the payment twice, can you check";
        List<Action> first = f.post(CUSTOMER, text);
        Action.StaffNote note = flag(first);
        Button notEscalation = note.buttons().get(0);

        assertTrue(privateText(f.click(CUSTOMER, note.place(), notEscalation.id(), null)).contains("Only staff"));
        assertTrue(privateText(f.click(AGENT, note.place(), notEscalation.id(), null)).contains("proposed as an ordinary message"));
        assertTrue(privateText(f.click(AGENT, note.place(), notEscalation.id(), null)).contains("already proposed"), "one proposal");
        String pending = privateText(f.command(LEAD, BotFixture.channel("staff"), "examples", ""));
        assertTrue(pending.contains("1. for escalation phrasebook 'none': \"" + text + "\""), pending);
        assertTrue(flagged(f.post(CUSTOMER, text)), "nothing changes before the review");

        assertTrue(privateText(f.command(LEAD, BotFixture.channel("staff"), "examples", "accept 1")).contains("escalation model learned it"));

        assertFalse(flagged(f.post(CUSTOMER, text)), "decided the new way after accepting");
        assertEquals(1, answers.accepted().get(LearnedExample.PHRASEBOOK + "none").size());
    }

    @Test
    void aManualEscalationOfAnUnflaggedMessageProposesItForThatCategory() {
        String text = "I want whoever owns this shop to call me today";
        assertFalse(flagged(f.post(CUSTOMER, text)));
        Ticket t = latest();

        Action.OpenForm form = assertInstanceOf(Action.OpenForm.class, f.command(AGENT, t.place(), "escalate", "angry").get(0));
        Map<String, String> values = new HashMap<>();
        form.form().inputs().forEach(i -> values.put(i.name(), i.prefill()));
        List<Action> sent = f.bot.handle(new Inbound.FormSubmit(form.form().id(), values, t.place(), AGENT, f.now()));

        assertTrue(sent.stream().anyMatch(a -> a instanceof Action.PostCard), sent.toString());
        assertTrue(sent.stream().anyMatch(a -> a instanceof Action.StaffNote n && n.text().contains("proposed as a phrasebook line for angry")),
                sent.toString());
        List<LearnedExample> pending = answers.pending();
        assertEquals(1, pending.size());
        assertEquals("angry", pending.get(0).phrasebookCategory());
        assertEquals(text, pending.get(0).text());

        f.command(LEAD, BotFixture.channel("staff"), "examples", "accept " + pending.get(0).id());
        assertTrue(flag(f.later(Duration.ofMinutes(1)).post(CUSTOMER, text)).text().contains("• angry: reads like \"" + text + "\""));
    }

    @Test
    void aManualEscalationOfAFlaggedMessageProposesNothing() {
        f.post(CUSTOMER, "my bank will reverse the payment");
        Ticket t = latest();
        Action.OpenForm form = assertInstanceOf(Action.OpenForm.class, f.command(AGENT, t.place(), "escalate", "").get(0));
        Map<String, String> values = new HashMap<>();
        form.form().inputs().forEach(i -> values.put(i.name(), i.prefill()));
        assertEquals("chargeback", values.get("category"), "pre-filled from the flag");

        f.bot.handle(new Inbound.FormSubmit(form.form().id(), values, t.place(), AGENT, f.now()));

        assertTrue(answers.pending().isEmpty());
    }

    @Test
    void aLearnedLineRetrainsWarmStartedAndKeepsEarlierDecisions() {
        EscalationModel before = phrasebook.model().orElseThrow();
        phrasebook.add(new Phrasing("angry", "I have had enough of your excuses", "test"));
        EscalationModel after = phrasebook.model().orElseThrow();

        assertTrue(after != before, "a new model, swapped in whole");
        float[] threat = new LexicalEmbedder().embed("my bank will reverse the payment");
        assertTrue(after.scores(threat).get("chargeback") >= 0.5, after.scores(threat).toString());
        assertTrue(after.scores(new LexicalEmbedder().embed("I have had enough of your excuses")).get("angry") >= 0.5);
    }
}
