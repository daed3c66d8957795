package dev.frontline.core.answers;

import dev.frontline.core.model.Action;
import dev.frontline.core.model.EventType;
import dev.frontline.core.model.Inbound;
import dev.frontline.core.model.Place;
import dev.frontline.core.model.Ticket;
import dev.frontline.core.port.TicketStore;
import dev.frontline.embedding.LexicalEmbedder;
import dev.frontline.storage.Database;
import dev.frontline.storage.JdbcAnswerStore;
import dev.frontline.testing.BotFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static dev.frontline.testing.BotFixture.AGENT;
import static dev.frontline.testing.BotFixture.CUSTOMER;
import static dev.frontline.testing.BotFixture.OWNER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AnswersFeatureTest {
    @TempDir
    Path dir;
    BotFixture f;
    AnswerBank bank;
    final Library library = new Library(Map.of("reset", new DocLink("reset", "Reset", "https://help.example/reset", List.of("password"))),
            List.of(new GlossaryEntry("seat", "A paid member slot.", List.of("license"), "guest")));

    @BeforeEach
    void setUp() {
        f = new BotFixture(dir, fx -> {
            bank = new AnswerBank(AnswerBankFixture.macros(), new LexicalEmbedder(), 0.2, new JdbcAnswerStore(fx.db));
            MacroSender sender = new MacroSender(bank, new MacroRenderer(library), fx.tickets, fx.team);
            return List.of(new AnswersFeature(bank, library, sender, fx.tickets.store(), new dev.frontline.storage.JdbcOnceGuard(fx.db)));
        });
    }

    @AfterEach
    void tearDown() {
        f.close();
    }

    private Ticket only() {
        return f.store.query(TicketStore.Query.all()).get(0);
    }

    private Action.StaffNote suggestions(List<Action> actions) {
        return actions.stream().filter(a -> a instanceof Action.StaffNote n && n.text().startsWith("Suggested"))
                .map(a -> (Action.StaffNote) a).findFirst().orElseThrow(() -> new AssertionError("no suggestions in " + actions));
    }

    @Test
    void aCustomerMessageGetsThreeSuggestionsForStaffOnly() {
        List<Action> actions = f.post(CUSTOMER, "I can't log in, my password does not work");

        Action.StaffNote note = suggestions(actions);
        assertTrue(note.text().contains("1. Can't log in (login)"), note.text());
        assertTrue(note.buttons().get(0).id().startsWith("sug:1:login:"), note.buttons().toString());
        assertTrue(actions.stream().filter(a -> a instanceof Action.Reply).allMatch(a -> ((Action.Reply) a).text().startsWith("Thanks")),
                "only the acknowledgement is public");
    }

    @Test
    void sendingASuggestionRendersItRecordsTheMacroAndLearnsTheMessage() {
        f.post(CUSTOMER, "I can't log in, my password does not work");
        Ticket t = only();

        List<Action> sent = f.click(AGENT, t.place(), "sug:" + t.id() + ":login", null);

        Action.Reply reply = assertInstanceOf(Action.Reply.class, sent.get(0));
        assertEquals("Hi Carol, reset it here: https://help.example/reset — Alex", reply.text());
        assertTrue(f.store.history(t.id()).stream().anyMatch(e -> e.type() == EventType.MACRO_USED && "login".equals(e.detail())));
        assertEquals("I can't log in, my password does not work", bank.store().pending().get(0).text());
    }

    @Test
    void pressingTheSameSuggestionTwiceSendsItOnce() {
        List<Action> shown = f.post(CUSTOMER, "I can't log in, my password does not work");
        Ticket t = only();
        String button = shown.stream().filter(a -> a instanceof Action.StaffNote n && !n.buttons().isEmpty())
                .map(a -> ((Action.StaffNote) a).buttons().get(0).id()).findFirst().orElseThrow();

        List<Action> first = f.click(AGENT, t.place(), button, null);
        List<Action> second = f.click(AGENT, t.place(), button, null);

        assertInstanceOf(Action.Reply.class, first.get(0));
        assertTrue(second.stream().noneMatch(a -> a instanceof Action.Reply), "no second reply to the customer: " + second);
        Action.PrivateReply told = assertInstanceOf(Action.PrivateReply.class, second.get(0));
        assertTrue(told.text().contains("already sent"), told.text());
        assertEquals(1, f.store.history(t.id()).stream().filter(e -> e.type() == EventType.MACRO_USED).count());
    }

    @Test
    void aMacroWithInputsAsksForThemAndNeverSendsAnUnfilledPlaceholder() {
        f.post(CUSTOMER, "where is my order?");
        Ticket t = only();

        List<Action> asked = f.click(AGENT, t.place(), "sug:" + t.id() + ":order-status", null);
        Action.OpenForm form = assertInstanceOf(Action.OpenForm.class, asked.get(0));
        assertEquals(List.of("order_number", "status", "reply"), form.form().inputs().stream().map(i -> i.name()).toList());

        List<Action> incomplete = f.bot.handle(new Inbound.FormSubmit(form.form().id(),
                Map.of("order_number", "A-1", "reply", form.form().inputs().get(2).prefill()), t.place(), AGENT, f.now()));
        assertTrue(((Action.PrivateReply) incomplete.get(0)).text().contains("Fill in status"), incomplete.toString());
        assertFalse(incomplete.stream().anyMatch(a -> a instanceof Action.Reply), "nothing goes out half-filled");

        List<Action> done = f.command(AGENT, t.place(), "macro", "send order-status order_number=A-1 status=\"on its way\"");
        assertEquals("Hi Carol, order A-1 is on its way. Ticket #" + t.id() + ".", ((Action.Reply) done.get(0)).text());
    }

    @Test
    void anAgentCanEditTheReplyBeforeSending() {
        f.post(CUSTOMER, "forgot my password");
        Ticket t = only();
        Action.OpenForm form = (Action.OpenForm) f.command(AGENT, t.place(), "macro", "edit login").get(0);

        List<Action> sent = f.bot.handle(new Inbound.FormSubmit(form.form().id(),
                Map.of("reply", "Hi {{customer.name}}! Use {{doc.reset}} please."), t.place(), AGENT, f.now()));

        assertEquals("Hi Carol! Use https://help.example/reset please.", ((Action.Reply) sent.get(0)).text());
    }

    @Test
    void aMessageNothingFitsIsSaidPlainlyAndRecordedAsADocGap() {
        List<Action> actions = f.post(CUSTOMER, "quantum chromodynamics lecture schedule");

        assertTrue(actions.stream().anyMatch(a -> a instanceof Action.StaffNote n && n.text().startsWith("Nothing in the answer bank fits")));
        assertEquals(1, bank.store().gaps(f.now().minusSeconds(1), f.now().plusSeconds(1)).size());
    }

    @Test
    void customersCannotPressSuggestionButtons() {
        f.post(CUSTOMER, "forgot my password");
        Ticket t = only();

        List<Action> actions = f.click(CUSTOMER, t.place(), "sug:" + t.id() + ":login", null);

        assertTrue(((Action.PrivateReply) actions.get(0)).text().contains("Only staff"));
        assertFalse(f.store.history(t.id()).stream().anyMatch(e -> e.type() == EventType.AGENT_REPLY));
    }

    @Test
    void acceptedExamplesSurviveARestartAndChangeLaterSuggestions() {
        String phrase = "the thingamajig will not let me through the door";
        f.post(CUSTOMER, phrase);
        Ticket t = only();
        assertFalse(bank.matcher().fits(bank.matcher().rank(phrase, 1).get(0)), "unknown wording before learning");
        f.click(AGENT, t.place(), "sug:" + t.id() + ":login", null);
        List<Action> listed = f.command(OWNER, Place.channel("console", "support"), "examples", "");
        assertTrue(((Action.PrivateReply) listed.get(0)).text().contains(phrase));
        f.command(OWNER, Place.channel("console", "support"), "examples", "accept 1");
        f.close();

        try (Database db = Database.open(dir)) {
            AnswerBank restarted = new AnswerBank(AnswerBankFixture.macros(), new LexicalEmbedder(), 0.2, new JdbcAnswerStore(db));
            MacroMatcher.Match best = restarted.matcher().rank(phrase, 1).get(0);
            assertEquals("login", best.macro().id());
            assertTrue(restarted.matcher().fits(best));
            assertEquals(phrase, best.nearestExample());
        }
        f = new BotFixture(dir.resolve("unused"));
    }

    @Test
    void glossaryAndDocsAnswerFromConfig() {
        String seat = ((Action.PrivateReply) f.command(AGENT, Place.channel("console", "support"), "glossary", "license").get(0)).text();
        String doc = ((Action.PrivateReply) f.command(AGENT, Place.channel("console", "support"), "doc", "password").get(0)).text();
        assertTrue(seat.startsWith("seat: A paid member slot."), seat);
        assertTrue(seat.contains("Often confused with: guest"), seat);
        assertTrue(doc.contains("https://help.example/reset"), doc);
    }
}
