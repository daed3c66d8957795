package dev.frontline.core.ticket;

import dev.frontline.core.model.Action;
import dev.frontline.core.model.EventType;
import dev.frontline.core.model.Place;
import dev.frontline.core.model.Ticket;
import dev.frontline.core.model.TicketEvent;
import dev.frontline.core.model.TicketStatus;
import dev.frontline.testing.BotFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static dev.frontline.testing.BotFixture.AGENT;
import static dev.frontline.testing.BotFixture.CUSTOMER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TicketLifecycleTest {
    @TempDir
    Path dir;
    BotFixture f;

    @BeforeEach
    void setUp() {
        f = new BotFixture(dir);
    }

    @AfterEach
    void tearDown() {
        f.close();
    }

    private Ticket only() {
        List<Ticket> all = f.store.query(dev.frontline.core.port.TicketStore.Query.all());
        assertEquals(1, all.size());
        return all.get(0);
    }

    @Test
    void aCustomerMessageInATicketChannelOpensATicketAndAcknowledgesIt() {
        List<Action> actions = f.post(CUSTOMER, "I can't log in");

        Ticket t = only();
        assertEquals(TicketStatus.NEW, t.status());
        assertEquals("carol", t.customer().id());
        assertEquals("I can't log in", t.subject());
        Action.StartThread thread = assertInstanceOf(Action.StartThread.class, actions.get(0), "the top-level message starts its thread");
        assertEquals(t.place(), thread.place());
        Action.Reply ack = assertInstanceOf(Action.Reply.class, actions.get(1));
        assertTrue(ack.text().contains("#" + t.id()));
        assertEquals(t.place(), ack.place());
        Action.StaffNote note = assertInstanceOf(Action.StaffNote.class, actions.get(2));
        assertEquals(BotFixture.channel("staff"), note.place(), "staff notes never go into a ticket channel");
        assertEquals(t.place(), note.about());
    }

    @Test
    void anAgentReplySetsFirstResponseAssignsTheAgentAndWaitsOnTheCustomer() {
        f.post(CUSTOMER, "Where is my order?");
        String thread = only().place().thread();

        f.later(Duration.ofMinutes(7)).reply(AGENT, thread, "It shipped yesterday; the tracking link is in your email.");

        Ticket t = only();
        assertEquals(TicketStatus.WAITING_ON_CUSTOMER, t.status());
        assertEquals("alex", t.assignee());
        assertEquals(f.now(), t.firstResponseAt());
        assertEquals(Duration.ofMinutes(7), Duration.between(t.openedAt(), t.firstResponseAt()));
    }

    @Test
    void aPromiseOfAnUpdateLeavesTheTicketWaitingOnUsAndOnlyAQuestionOrAnAnswerHandsItToTheCustomer() {
        f.post(CUSTOMER, "Exports are broken since this morning");
        String thread = only().place().thread();

        f.reply(AGENT, thread, "Thanks, that's a bug on our side. I'll update you here as soon as it's fixed.");
        assertEquals(TicketStatus.OPEN, only().status(), "we owe the customer an update: no follow-up clock");
        assertEquals("alex", only().assignee());

        f.reply(AGENT, thread, "Which browser are you using?");
        assertEquals(TicketStatus.WAITING_ON_CUSTOMER, only().status(), "a question waits on the customer");

        f.reply(AGENT, thread, "We're looking into it with engineering and will get back to you today.");
        assertEquals(TicketStatus.OPEN, only().status(), "a promise puts it back with us");

        f.reply(AGENT, thread, "It's fixed: exports work again.");
        assertEquals(TicketStatus.WAITING_ON_CUSTOMER, only().status(), "an answer waits on the customer");
    }

    @Test
    void waitingUsOrCustomerSaysWhoTheTicketWaitsOn() {
        f.post(CUSTOMER, "Exports are broken since this morning");
        Ticket t = only();
        f.reply(AGENT, t.place().thread(), "Exports work again now.");
        assertEquals(TicketStatus.WAITING_ON_CUSTOMER, only().status());

        List<Action> us = f.command(AGENT, t.place(), "waiting", "us");
        assertEquals(TicketStatus.OPEN, only().status());
        assertTrue(us.stream().anyMatch(a -> a instanceof Action.StaffNote n && n.text().contains("waiting on us")), us.toString());
        f.command(AGENT, BotFixture.channel("staff"), "waiting", "#" + t.id() + " customer");
        assertEquals(TicketStatus.WAITING_ON_CUSTOMER, only().status());
        List<Action> bad = f.command(AGENT, t.place(), "waiting", "later");
        assertTrue(((Action.PrivateReply) bad.get(0)).text().contains("/waiting us or /waiting customer"));
    }

    @Test
    void theCustomersAnswerPutsAWaitingTicketBackToOpen() {
        f.post(CUSTOMER, "Where is my order?");
        String thread = only().place().thread();
        f.reply(AGENT, thread, "What is the order number?");

        f.reply(CUSTOMER, thread, "It's 12345");

        assertEquals(TicketStatus.OPEN, only().status());
    }

    @Test
    void resolveClosesTheTicketTellsTheCustomerAndKeepsTheNote() {
        f.post(CUSTOMER, "I can't log in");
        Ticket t = only();
        f.reply(AGENT, t.place().thread(), "Reset link sent.");

        List<Action> actions = f.command(AGENT, t.place(), "resolve", "password reset");

        Ticket resolved = only();
        assertEquals(TicketStatus.RESOLVED, resolved.status());
        assertNotNull(resolved.resolvedAt());
        assertInstanceOf(Action.Reply.class, actions.get(0));
        TicketEvent last = f.store.history(t.id()).get(f.store.history(t.id()).size() - 1);
        assertEquals(EventType.RESOLVED, last.type());
        assertEquals("password reset", last.text());
    }

    @Test
    void aCustomerWritingAfterResolutionReopensTheTicket() {
        f.post(CUSTOMER, "I can't log in");
        Ticket t = only();
        f.command(AGENT, t.place(), "resolve", "");

        List<Action> actions = f.reply(CUSTOMER, t.place().thread(), "It broke again");

        Ticket reopened = only();
        assertEquals(TicketStatus.OPEN, reopened.status());
        assertNull(reopened.resolvedAt());
        assertTrue(f.store.history(t.id()).stream().anyMatch(e -> e.type() == EventType.REOPENED));
        assertTrue(actions.stream().anyMatch(a -> a instanceof Action.StaffNote n && n.text().contains("reopened")));
    }

    @Test
    void commandsNameATicketByNumberOutsideItsThread() {
        f.post(CUSTOMER, "Hello");
        Ticket t = only();

        f.command(AGENT, Place.channel("console", "support"), "tag", "#" + t.id() + " billing, refund");

        assertEquals(java.util.Set.of("billing", "refund"), only().tags());
    }

    @Test
    void aCommandWithoutATicketExplainsHowToNameOne() {
        List<Action> actions = f.command(AGENT, Place.channel("console", "support"), "resolve", "");

        Action.PrivateReply reply = assertInstanceOf(Action.PrivateReply.class, actions.get(0));
        assertTrue(reply.text().contains("Which ticket?"), reply.text());
    }

    @Test
    void customersCannotRunStaffCommands() {
        f.post(CUSTOMER, "Hello");
        Ticket t = only();

        List<Action> actions = f.command(CUSTOMER, t.place(), "resolve", "");

        assertTrue(((Action.PrivateReply) actions.get(0)).text().contains("not allowed"));
        assertEquals(TicketStatus.NEW, only().status());
    }

    @Test
    void staffChatterAndOtherChannelsOpenNoTicket() {
        f.post(AGENT, "Morning team!");
        f.bot.handle(new dev.frontline.core.model.Inbound.Message("x1", Place.channel("console", "random"), CUSTOMER, "hi", f.now()));

        assertTrue(f.store.query(dev.frontline.core.port.TicketStore.Query.all()).isEmpty());
    }

    @Test
    void theHistoryRecordsEveryStepInOrder() {
        f.post(CUSTOMER, "Help");
        Ticket t = only();
        f.reply(AGENT, t.place().thread(), "Sure");
        f.command(AGENT, t.place(), "note", "VIP-ish customer");
        f.command(AGENT, t.place(), "resolve", "");

        List<EventType> types = f.store.history(t.id()).stream().map(TicketEvent::type).toList();
        assertEquals(List.of(EventType.CUSTOMER_MESSAGE, EventType.AGENT_REPLY, EventType.ASSIGNED,
                EventType.STATUS_CHANGED, EventType.NOTE, EventType.RESOLVED), types);
    }

    @Test
    void unknownCommandsAndBadArgumentsGetAClearPrivateAnswer() {
        List<Action> unknown = f.command(AGENT, Place.channel("console", "support"), "frobnicate", "");
        f.post(CUSTOMER, "Hello");
        List<Action> badTier = f.command(AGENT, only().place(), "tier", "7");

        assertTrue(((Action.PrivateReply) unknown.get(0)).text().contains("Unknown command /frobnicate"));
        assertTrue(((Action.PrivateReply) badTier.get(0)).text().contains("1, 2, 3 or specialized"));
    }

    @Test
    void observersHearOfEveryCommittedChangeAndCanAnswerIt() {
        f.close();
        java.util.List<String> heard = new java.util.ArrayList<>();
        dev.frontline.core.Feature listening = new dev.frontline.core.Feature() {
            @Override
            public List<dev.frontline.core.TicketObserver> ticketObservers() {
                return List.of((before, after, events) -> {
                    events.forEach(e -> heard.add(e.type().name()));
                    return after.status() == TicketStatus.RESOLVED && before.status() != TicketStatus.RESOLVED
                            ? List.of(new Action.Reply(after.place(), "Was this helpful?")) : List.of();
                });
            }
        };
        f = new BotFixture(dir.resolve("observed"), listening);
        f.post(CUSTOMER, "Help");
        Ticket t = only();
        f.command(AGENT, t.place(), "tag", "billing");

        List<Action> actions = f.command(AGENT, t.place(), "resolve", "");

        assertEquals(List.of("CUSTOMER_MESSAGE", "TAG_ADDED", "RESOLVED"), heard);
        assertTrue(actions.stream().anyMatch(a -> a instanceof Action.Reply r && r.text().equals("Was this helpful?")));
    }
}
