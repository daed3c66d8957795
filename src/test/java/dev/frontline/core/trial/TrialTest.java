package dev.frontline.core.trial;

import dev.frontline.core.Feature;
import dev.frontline.core.command.Command;
import dev.frontline.core.model.Action;
import dev.frontline.core.model.EventType;
import dev.frontline.core.model.Place;
import dev.frontline.core.model.Role;
import dev.frontline.core.model.Ticket;
import dev.frontline.core.model.TicketEvent;
import dev.frontline.core.model.TicketStatus;
import dev.frontline.core.model.UserRef;
import dev.frontline.core.ticket.TicketLocator;
import dev.frontline.storage.JdbcTrialStore;
import dev.frontline.testing.BotFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static dev.frontline.testing.BotFixture.OWNER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A trial driven through the whole bot: sample tickets open one by one, the simulated customer answers, scores explain. */
class TrialTest {
    @TempDir
    Path dir;
    BotFixture f;
    TrialRunner runner;
    final List<Action> seen = new ArrayList<>();
    static final UserRef DANA = new UserRef("dana", "Dana");

    static final List<SampleTicket> SAMPLES = List.of(
            new SampleTicket("login", "Jordan", "I can't log in.", List.of("login-help"), null, true,
                    "It says 'incorrect password'.", "That worked, thanks!", null),
            new SampleTicket("chargeback", "Riley", "Refund me now or I file a chargeback with my bank.", List.of(), "chargeback",
                    false, null, null, "OK, I'll wait to hear from them."));

    /** Stand-ins for the answer bank's /macro send and the escalation system's /escalate. */
    static Feature tools(BotFixture fx) {
        TicketLocator locator = new TicketLocator(fx.tickets.store());
        return new Feature() {
            @Override
            public List<Command> commands() {
                return List.of(
                        new Command("macro", "macro-id", "send a macro", Role.AGENT, ctx -> {
                            TicketLocator.Located l = locator.locate(ctx);
                            String text = "To reset your password, use Forgot password on the sign-in page.";
                            List<Action> a = new ArrayList<>(List.of(new Action.Reply(l.ticket().place(), text)));
                            a.addAll(fx.tickets.recordStaffReply(l.ticket(), ctx.user(), text, l.rest(), ctx.at()).actions());
                            return a;
                        }),
                        new Command("escalate", "category", "escalate", Role.AGENT, ctx -> {
                            TicketLocator.Located l = locator.locate(ctx);
                            Ticket t = l.ticket();
                            return fx.tickets.commit(t, t.withStatus(TicketStatus.ESCALATED, ctx.at()), List.of(
                                    TicketEvent.of(t.id(), EventType.ESCALATED, ctx.user().id(), "card", l.rest(), ctx.at()))).actions();
                        }));
            }
        };
    }

    @BeforeEach
    void setUp() {
        Rubric rubric = new Rubric(Duration.ofMinutes(5), 70,
                Map.of("tone", 25, "escalation", 30, "clarifying", 15, "closed_loop", 20, "time", 10), 0.5);
        f = new BotFixture(dir, fx -> {
            runner = new TrialRunner(new TrialSetup(SAMPLES, rubric, "support", "owners"), new JdbcTrialStore(fx.db, BotFixture.PLATFORM),
                    fx.tickets.store(), fx.team, id -> id.equals("login-help")
                    ? Optional.of("To reset your password, use Forgot password on the sign-in page.") : Optional.empty());
            return List.of(tools(fx), new TrialFeature(BotFixture.PLATFORM, runner, fx.tickets.store(), fx.team));
        });
        runner.connect(f.bot::handle);
    }

    @AfterEach
    void tearDown() {
        f.close();
    }

    private List<Action> as(UserRef who, Place place, String command, String args) {
        List<Action> actions = f.command(who, place, command, args);
        seen.addAll(actions);
        return actions;
    }

    private Ticket ticketOf(int sampleIndex) {
        return f.store.find(runner.trials().tickets(1).get(sampleIndex).ticketId()).orElseThrow();
    }

    private List<Action> say(UserRef who, Ticket t, String text) {
        List<Action> a = f.reply(who, t.place().thread(), text);
        seen.addAll(a);
        return a;
    }

    @Test
    void aStrongCandidateScoresHighWithEveryItemExplained() {
        List<Action> started = trialStart();
        assertTrue(started.stream().anyMatch(a -> a instanceof Action.PostCard c && c.card().fields().get(0).value().equals("I can't log in.")));
        assertEquals(Role.AGENT, f.team.roleOf("dana"), "the candidate gets the agent tools while the trial runs");

        Ticket login = ticketOf(0);
        List<Action> asked = say(DANA, login, "Sorry to hear that! What error do you see?");
        assertTrue(asked.stream().anyMatch(a -> a instanceof Action.Reply r && r.text().contains("incorrect password")),
                "the simulated customer answers the question");
        f.later(Duration.ofMinutes(1));
        List<Action> solved = as(DANA, login.place(), "macro", "login-help");
        assertTrue(solved.stream().anyMatch(a -> a instanceof Action.Reply r && r.text().contains("That worked")), solved.toString());
        f.later(Duration.ofMinutes(1));
        as(DANA, login.place(), "resolve", "");

        Ticket chargeback = ticketOf(1);
        assertEquals("Refund me now or I file a chargeback with my bank.", chargeback.subject());
        f.later(Duration.ofMinutes(1));
        as(DANA, chargeback.place(), "escalate", "chargeback");

        Trial done = runner.trials().find(1).orElseThrow();
        assertEquals(Trial.Status.FINISHED, done.status());
        assertEquals(Role.CUSTOMER, f.team.roleOf("dana"), "the tools go away when the trial ends");
        assertTrue(done.scorecard().contains("PASS"), done.scorecard());
        assertTrue(done.scorecard().contains("sent the approved macro 'login-help'"), done.scorecard());
        assertTrue(done.scorecard().contains("asked: \"Sorry to hear that! What error do you see?\""), done.scorecard());
        assertTrue(done.scorecard().contains("escalated as required (chargeback)"), done.scorecard());
        assertTrue(seen.stream().anyMatch(a -> a instanceof Action.PostCard c && c.place().channel().equals("owners")
                && c.card().title().contains("Dana")), "the owner gets the scorecard");
    }

    @Test
    void aWeakCandidateScoresLowWithTheReasons() {
        trialStart();
        Ticket login = ticketOf(0);
        f.later(Duration.ofMinutes(20));
        say(DANA, login, "pls try again later");
        as(DANA, login.place(), "resolve", "");
        Ticket chargeback = ticketOf(1);
        say(DANA, chargeback, "ok refunded");
        as(DANA, chargeback.place(), "resolve", "");

        String card = runner.trials().find(1).orElseThrow().scorecard();
        assertTrue(card.contains("FAIL: 1 required escalation(s) missed"), card);
        assertTrue(card.contains("brushed the customer off: \"pls try again later\""), "a dismissive reply scores no tone: " + card);
        assertTrue(seen.stream().anyMatch(a -> a instanceof Action.Reply r && r.text().contains("That's not helpful")),
                "the simulated customer complains instead of thanking");
        assertTrue(card.contains("answered without asking"), card);
        assertTrue(card.contains("must be escalated (chargeback) but was not"), card);
        assertTrue(card.contains("resolved without hearing back from the customer"), card);
        assertTrue(card.contains("took 20 min"), card);
    }

    @Test
    void onlyOwnersAndLeadsStartTrialsAndTheCandidateSeesNoScores() {
        List<Action> byAgent = as(BotFixture.AGENT, Place.channel("console", "support"), "trial", "start @dana");
        assertTrue(((Action.PrivateReply) byAgent.get(0)).text().contains("Only owners and leads"));
        trialStart();
        List<Action> peek = as(DANA, Place.channel("console", "support"), "trial", "show 1");
        assertTrue(((Action.PrivateReply) peek.get(0)).text().contains("Only owners and leads"));
    }

    @Test
    void slackAndDiscordMentionsNameTheCandidate() {
        assertEquals(new UserRef("U0DANA", "dana"), TrialFeature.candidate("<@U0DANA|dana>"));
        assertEquals(new UserRef("123", "Dana K"), TrialFeature.candidate("<@123> Dana K"));
        assertEquals(new UserRef("dana", "dana"), TrialFeature.candidate("@dana"));
    }

    private List<Action> trialStart() {
        return as(OWNER, Place.channel("console", "owners"), "trial", "start @dana Dana");
    }
}
