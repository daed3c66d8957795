package dev.frontline.core.escalation;

import dev.frontline.core.model.Action;
import dev.frontline.core.model.Card;
import dev.frontline.core.model.EventType;
import dev.frontline.core.model.Inbound;
import dev.frontline.core.model.Place;
import dev.frontline.core.model.Ticket;
import dev.frontline.core.model.TicketStatus;
import dev.frontline.core.port.TicketStore;
import dev.frontline.embedding.LexicalEmbedder;
import dev.frontline.storage.JdbcEscalationStore;
import dev.frontline.storage.JdbcOnceGuard;
import dev.frontline.testing.BotFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

import static dev.frontline.testing.BotFixture.AGENT;
import static dev.frontline.testing.BotFixture.CUSTOMER;
import static dev.frontline.testing.BotFixture.LEAD;
import static dev.frontline.testing.BotFixture.NEW_AGENT;
import static dev.frontline.testing.BotFixture.OWNER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EscalationTest {
    @TempDir
    Path dir;
    BotFixture f;
    JdbcEscalationStore store;
    EscalationFeature feature;

    static EscalationPolicy policy() {
        Map<String, CategoryRules> categories = new java.util.LinkedHashMap<>();
        categories.put("chargeback", new CategoryRules("chargeback", true, List.of("chargeback", "dispute the charge"), List.of(),
                List.of(), 0.99, "owner", List.of("Refund in full", "Call the customer")));
        categories.put("angry", new CategoryRules("angry", true, List.of("unacceptable"), List.of(Pattern.compile("[!?]{3,}")),
                List.of(), 0.99, "owner", List.of("Owner calls", "Goodwill credit")));
        categories.put("privacy_security", new CategoryRules("privacy_security", true, List.of("delete my data"), List.of(),
                List.of(), 0.99, "specialized", List.of("Verify identity", "Confirm receipt")));
        categories.put("refund", new CategoryRules("refund", true, List.of(), List.of(), List.of(), 0.99, "owner",
                List.of("Approve", "Offer credit")));
        categories.put("vip", new CategoryRules("vip", true, List.of(), List.of(), List.of(), 0.99, "owner", List.of("Take over", "Answer fast")));
        categories.put("stuck", new CategoryRules("stuck", true, List.of(), List.of(), List.of(), 0.99, "tier2", List.of("Take over", "Pair")));
        return new EscalationPolicy(BotFixture.PLATFORM, categories, Map.of("specialized", "security", "tier2", "tier2"), "owners",
                Duration.ofMinutes(30), Duration.ofMinutes(10),
                new EscalationPolicy.RefundLimits(new dev.frontline.core.model.Money(10_000, null), 14, 1, Duration.ofDays(90)),
                new EscalationPolicy.Vip(List.of("bigcorp"), List.of("bigcorp.example"), List.of("enterprise")),
                LocalTime.of(17, 0), ZoneId.of("Europe/Berlin"));
    }

    @BeforeEach
    void setUp() {
        f = new BotFixture(dir, fx -> {
            store = new JdbcEscalationStore(fx.db, BotFixture.PLATFORM);
            EscalationPolicy policy = policy();
            feature = new EscalationFeature(new EscalationDesk(policy, store, fx.tickets, fx.team),
                    new Detector(policy, new LexicalEmbedder(), MacroEscalationHint.none()), fx.tickets, fx.team, new JdbcOnceGuard(fx.db));
            return List.of(feature);
        });
    }

    @AfterEach
    void tearDown() {
        f.close();
    }

    private Ticket only() {
        return f.store.query(TicketStore.Query.all()).get(0);
    }

    private Action.PostCard escalate(Ticket t) {
        Action.OpenForm form = assertInstanceOf(Action.OpenForm.class, f.command(AGENT, t.place(), "escalate", "").get(0));
        Map<String, String> values = new java.util.HashMap<>();
        form.form().inputs().forEach(i -> values.put(i.name(), i.prefill()));
        List<Action> sent = f.bot.handle(new Inbound.FormSubmit(form.form().id(), values, t.place(), AGENT, f.now()));
        return sent.stream().filter(a -> a instanceof Action.PostCard).map(a -> (Action.PostCard) a).findFirst()
                .orElseThrow(() -> new AssertionError(sent.toString()));
    }

    @Test
    void aChargebackThreatIsFlaggedToStaffWithItsEvidence() {
        List<Action> actions = f.post(CUSTOMER, "Refund me or I will file a chargeback!!!");

        Action.StaffNote flag = actions.stream().filter(a -> a instanceof Action.StaffNote n && n.text().startsWith("⚠"))
                .map(a -> (Action.StaffNote) a).findFirst().orElseThrow();
        assertTrue(flag.text().contains("chargeback: said \"chargeback\""), flag.text());
        assertTrue(flag.text().contains("angry: matched \"!!!\""), flag.text());
        assertFalse(actions.stream().anyMatch(a -> a instanceof Action.Reply r && r.text().contains("escalated")), "flags are staff-only");
    }

    @Test
    void theCardIsPrefilledCompleteAndCarriesCustomerTextAsData() {
        f.post(CUSTOMER, "<!channel> @everyone <http://evil.example|your bank> I will dispute the charge");
        Ticket t = only();
        f.reply(AGENT, t.place().thread(), "Sorry about this, checking now.");

        Action.PostCard card = escalate(t);

        assertEquals("owners", card.place().channel());
        Map<String, String> fields = new java.util.HashMap<>();
        for (Card.Field field : card.card().fields()) fields.put(field.label(), field.value());
        assertEquals(t.place(), card.card().fields().get(0).link(), "the ticket field links to the conversation");
        assertEquals("chargeback", fields.get("Why"));
        assertEquals("<!channel> @everyone <http://evil.example|your bank> I will dispute the charge", fields.get("Customer asked"),
                "customer text is carried verbatim as data; platform adapters escape it");
        assertTrue(fields.get("Tried so far").contains("Alex replied: \"Sorry about this, checking now.\""), fields.toString());
        assertEquals("Refund in full", fields.get("Option 1"));
        assertEquals("Call the customer", fields.get("Option 2"));
        assertEquals(List.of("esc:1:approve:1", "esc:1:approve:2", "esc:1:deny", "esc:1:takeover"),
                card.card().buttons().stream().map(b -> b.id()).toList());
        assertEquals(TicketStatus.ESCALATED, only().status());
    }

    @Test
    void aCardWithAnEmptyFieldIsNotSent() {
        f.post(CUSTOMER, "I will dispute the charge");
        Ticket t = only();
        Action.OpenForm form = (Action.OpenForm) f.command(AGENT, t.place(), "escalate", "").get(0);

        List<Action> refused = f.bot.handle(new Inbound.FormSubmit(form.form().id(),
                Map.of("category", "chargeback", "asked", "x", "tried", "", "next1", "a", "next2", " "), t.place(), AGENT, f.now()));

        assertTrue(((Action.PrivateReply) refused.get(0)).text().contains("fill in tried, next2"), refused.toString());
        assertTrue(store.pending().isEmpty());
        assertFalse(only().status() == TicketStatus.ESCALATED);
    }

    @Test
    void aNonOwnerClickChangesNothing() {
        f.post(CUSTOMER, "I will dispute the charge");
        Action.PostCard card = escalate(only());

        for (var who : List.of(AGENT, LEAD, CUSTOMER)) {
            List<Action> answer = f.click(who, card.place(), "esc:1:approve:1", card.card().id());
            assertEquals(1, answer.size());
            Action.PrivateReply no = assertInstanceOf(Action.PrivateReply.class, answer.get(0));
            assertEquals(who.id(), no.userId());
            assertTrue(no.text().contains("not allowed"), no.text());
        }
        assertEquals(Escalation.Status.PENDING, store.find(1).orElseThrow().status());
    }

    @Test
    void tenConcurrentApproveClicksGiveOneDecision() throws Exception {
        f.post(CUSTOMER, "I will dispute the charge");
        Action.PostCard card = escalate(only());
        ExecutorService pool = Executors.newFixedThreadPool(10);
        CountDownLatch go = new CountDownLatch(1);
        List<List<Action>> results = Collections.synchronizedList(new ArrayList<>());
        for (int i = 0; i < 10; i++) {
            String action = i % 2 == 0 ? "esc:1:approve:1" : "esc:1:approve:2";
            pool.submit(() -> {
                go.await();
                results.add(f.click(OWNER, card.place(), action, card.card().id()));
                return null;
            });
        }
        go.countDown();
        pool.shutdown();
        assertTrue(pool.awaitTermination(20, TimeUnit.SECONDS));

        long updates = results.stream().flatMap(List::stream).filter(a -> a instanceof Action.UpdateCard).count();
        long already = results.stream().flatMap(List::stream)
                .filter(a -> a instanceof Action.PrivateReply p && p.text().contains("already decided")).count();
        assertEquals(1, updates);
        assertEquals(9, already);
        Escalation decided = store.find(1).orElseThrow();
        assertEquals(Escalation.Status.APPROVED, decided.status());
        assertEquals("olivia", decided.decidedBy());
    }

    @Test
    void anOwnerDecisionUpdatesTheCardAndTellsTheAgentInTheThread() {
        f.post(CUSTOMER, "I will dispute the charge");
        Ticket t = only();
        Action.PostCard card = escalate(t);

        Action.OpenForm reason = (Action.OpenForm) f.click(OWNER, card.place(), "esc:1:deny", card.card().id()).get(0);
        List<Action> denied = f.bot.handle(new Inbound.FormSubmit(reason.form().id(), Map.of("reason", "Charge is valid, explain it"),
                card.place(), OWNER, f.now()));

        Action.UpdateCard update = assertInstanceOf(Action.UpdateCard.class, denied.get(0));
        assertTrue(update.card().buttons().isEmpty(), "a decided card has no buttons");
        assertTrue(update.card().fields().stream().anyMatch(x -> x.value().startsWith("Olivia denied it at")
                && x.value().endsWith(": Charge is valid, explain it")), update.card().toString());
        Action.StaffNote told = assertInstanceOf(Action.StaffNote.class, denied.get(1));
        assertEquals(t.place(), told.about(), "a note about the ticket, in the staff channel");
    }

    @Test
    void aRefundInsidePolicyIsGrantedAndLogged() {
        f.post(CUSTOMER, "I'd like a refund please");
        Ticket t = only();

        List<Action> granted = f.command(AGENT, t.place(), "refund", "49.90 days=3 renewed by mistake");

        assertTrue(((Action.StaffNote) granted.get(0)).text().contains("within policy and logged"), granted.toString());
        assertTrue(store.pending().isEmpty());
        assertEquals(1, store.refundsSince("carol", f.now().minusSeconds(1)));
    }

    @Test
    void anOutOfPolicyRefundCannotBeCompletedWithoutApproval() {
        f.post(CUSTOMER, "Refund my yearly plan please");
        Ticket t = only();

        List<Action> asked = f.command(AGENT, t.place(), "refund", "480 days=200 yearly plan unused");

        Action.PostCard card = asked.stream().filter(a -> a instanceof Action.PostCard).map(a -> (Action.PostCard) a).findFirst().orElseThrow();
        Action.PrivateReply warning = asked.stream().filter(a -> a instanceof Action.PrivateReply).map(a -> (Action.PrivateReply) a).findFirst().orElseThrow();
        assertTrue(warning.text().contains("Do not promise it"), warning.text());
        assertTrue(warning.text().contains("480.00 is above the 100.00 limit"), warning.text());
        assertEquals(0, store.refundsSince("carol", f.now().minusSeconds(1)), "nothing granted yet");
        assertEquals(1, store.pendingRefunds());

        f.click(AGENT, card.place(), "esc:1:approve:1", card.card().id());
        assertEquals(1, store.pendingRefunds(), "an agent cannot approve it");
        f.click(OWNER, card.place(), "esc:1:approve:1", card.card().id());
        assertEquals(0, store.pendingRefunds());
        assertEquals(1, store.refundsSince("carol", f.now().minusSeconds(1)), "approved by the owner");
    }

    @Test
    void everyRefundOfAGuardedAgentNeedsApproval() {
        f.post(CUSTOMER, "small refund please");
        Ticket t = only();

        List<Action> asked = f.command(NEW_AGENT, t.place(), "refund", "5 days=1 goodwill");

        assertTrue(asked.stream().anyMatch(a -> a instanceof Action.PrivateReply p && p.text().contains("guarded mode")), asked.toString());
        assertEquals(1, store.pendingRefunds());
    }

    @Test
    void aVipCustomerAndAPrivacyRequestAreRoutedWhereConfigSays() {
        List<Action> vip = f.post(CUSTOMER, "Hi, I'm on the Enterprise plan, my email is ann@bigcorp.example");
        assertTrue(vip.stream().anyMatch(a -> a instanceof Action.StaffNote n && n.text().contains("vip: email ann@bigcorp.example")), vip.toString());

        f.post(BotFixture.CUSTOMER, "please delete my data");
        Ticket privacy = f.store.query(TicketStore.Query.all()).get(1);
        Action.PostCard card = escalate(privacy);
        assertEquals("security", card.place().channel(), "privacy goes to the specialized queue");
        assertTrue(f.click(OWNER, card.place(), "esc:1:takeover", card.card().id()).get(0) instanceof Action.UpdateCard);
        assertEquals("olivia", f.store.find(privacy.id()).orElseThrow().assignee());
    }

    @Test
    void aRoutedCardIsInTheTierQueueAndTheOwnerChannelWhereTheAgentIsToldItIs() {
        f.post(BotFixture.CUSTOMER, "please delete my data");
        Ticket privacy = only();
        Action.OpenForm form = assertInstanceOf(Action.OpenForm.class, f.command(AGENT, privacy.place(), "escalate", "").get(0));
        Map<String, String> values = new java.util.HashMap<>();
        form.form().inputs().forEach(i -> values.put(i.name(), i.prefill()));
        List<Action> sent = f.bot.handle(new Inbound.FormSubmit(form.form().id(), values, privacy.place(), AGENT, f.now()));

        List<Action.PostCard> cards = sent.stream().filter(a -> a instanceof Action.PostCard).map(a -> (Action.PostCard) a).toList();
        assertEquals(List.of("security", "owners"), cards.stream().map(c -> c.place().channel()).toList(), "the card is in both places");
        assertEquals(cards.get(0).card().fields(), cards.get(1).card().fields(), "the owners see the same card");
        assertTrue(cards.get(1).card().buttons().isEmpty() && cards.get(1).card().footer().contains("Live copy"), "a live mirror by default");
        String told = sent.stream().filter(a -> a instanceof Action.StaffNote n && n.text().contains("escalated (privacy_security)"))
                .map(a -> ((Action.StaffNote) a).text()).findFirst().orElseThrow(() -> new AssertionError(sent.toString()));
        assertTrue(told.contains("in the specialized team's queue #security (owners and the specialized team decide) and in the owner "
                + "channel #owners as a live copy"), told);

        List<Action> decided = f.click(OWNER, cards.get(0).place(), "esc:1:takeover", cards.get(0).card().id());
        List<String> updated = decided.stream().filter(a -> a instanceof Action.UpdateCard).map(a -> ((Action.UpdateCard) a).cardId()).toList();
        assertEquals(List.of("esc-1", "esc-1-owners"), updated, "the decision updates the card and its mirror");
    }

    @Test
    void aReplyPromisingMoneyGoesThroughTheRefundPolicyAndARepeatUpdatesItsCard() {
        f.post(CUSTOMER, "Please refund the 480 euros for the seats");
        Ticket t = only();
        dev.frontline.core.ticket.MoneyGuard guard = feature.moneyGuard();

        var inPolicy = guard.check(t, "€49,90", 3, "duplicate", "I've refunded 49.90 EUR.", AGENT, f.now());
        assertFalse(inPolicy.hold(), "inside the policy the text goes out");
        assertTrue(inPolicy.actions().toString().contains("within policy and logged"), inPolicy.actions().toString());

        String promise = "I've started the refund for your payment of 480 EUR.";
        var held = guard.check(t, "480 EUR", null, "seats", promise, BotFixture.NEW_AGENT, f.now());
        assertTrue(held.hold(), "outside the policy and guarded: held");
        assertEquals(1, held.actions().stream().filter(a -> a instanceof Action.PostCard).count());
        assertTrue(held.actions().stream().noneMatch(a -> a instanceof Action.Reply), "the customer sees nothing");
        var again = guard.check(only(), "480,00 €", null, "seats", promise, BotFixture.NEW_AGENT, f.now());
        assertTrue(again.hold());
        assertTrue(again.actions().stream().noneMatch(a -> a instanceof Action.PostCard), "no second card: " + again.actions());
        assertTrue(again.actions().stream().anyMatch(a -> a instanceof Action.UpdateCard u && u.cardId().equals("esc-1")), again.actions().toString());
        assertEquals(1, store.pending().size());

        List<Action> approved = f.click(OWNER, BotFixture.channel("owners"), "esc:1:approve:1", "esc-1");
        assertTrue(approved.stream().anyMatch(a -> a instanceof Action.Reply r && r.text().equals(promise)),
                "approved, the held reply goes to the customer: " + approved);
        assertThrowsUnclear(guard, t);
    }

    private void assertThrowsUnclear(dev.frontline.core.ticket.MoneyGuard guard, Ticket t) {
        var e = org.junit.jupiter.api.Assertions.assertThrows(dev.frontline.core.command.CommandException.class,
                () -> guard.check(t, "1e9", 1, "x", "refund of 1e9", AGENT, f.now()));
        assertTrue(e.getMessage().contains("exponent") && e.getMessage().contains("Nothing was sent"), e.getMessage());
    }

    @Test
    void aStuckTicketIsFlaggedOnceAfterTenMinutes() {
        f.post(CUSTOMER, "How do I invite someone?");
        Ticket t = only();
        f.reply(AGENT, t.place().thread(), "Settings, Members. Does it work?");
        f.later(Duration.ofMinutes(1)).reply(CUSTOMER, t.place().thread(), "No, the email never arrives");
        var stuck = f.desk.routines().stream().filter(r -> r.name().equals("escalation-stuck")).findFirst().orElseThrow();

        assertTrue(stuck.run(f.now(), f.now().plus(Duration.ofMinutes(9))).isEmpty(), "not yet");
        List<Action> flagged = stuck.run(f.now(), f.now().plus(Duration.ofMinutes(12)));
        List<Action> again = stuck.run(f.now(), f.now().plus(Duration.ofMinutes(13)));

        assertTrue(flagged.stream().anyMatch(a -> a instanceof Action.StaffNote n && n.text().contains("stuck: no progress for 12 min")), flagged.toString());
        assertTrue(again.isEmpty(), "flagged once");
        assertTrue(f.store.history(t.id()).stream().anyMatch(e -> e.type() == EventType.NOTE && "flag:stuck".equals(e.detail())));
    }

    @Test
    void refundWithoutArgumentsOpensAFormThatGoesThroughTheSamePolicy() {
        f.post(CUSTOMER, "refund please");
        Ticket t = only();
        Action.OpenForm form = assertInstanceOf(Action.OpenForm.class, f.command(AGENT, t.place(), "refund", "").get(0));

        List<Action> result = f.bot.handle(new Inbound.FormSubmit(form.form().id(),
                Map.of("amount", "30", "days", "2", "reason", "double renewal"), t.place(), AGENT, f.now()));

        assertTrue(((Action.StaffNote) result.get(0)).text().contains("within policy and logged"), result.toString());
    }
}
