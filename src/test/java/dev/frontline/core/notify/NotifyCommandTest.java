package dev.frontline.core.notify;

import dev.frontline.core.escalation.Escalation;
import dev.frontline.core.model.Action;
import dev.frontline.core.shift.Coverage;
import dev.frontline.core.shift.WeeklyHours;
import dev.frontline.storage.JdbcEscalationStore;
import dev.frontline.storage.JdbcNotifyStore;
import dev.frontline.testing.BotFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static dev.frontline.testing.BotFixture.AGENT;
import static dev.frontline.testing.BotFixture.CUSTOMER;
import static dev.frontline.testing.BotFixture.LEAD;
import static dev.frontline.testing.BotFixture.OWNER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** /notify dm|channel|off: where the pings of a reminder go; the queue message is unaffected. */
class NotifyCommandTest {
    @TempDir
    java.nio.file.Path dir;
    BotFixture f;
    NotificationFeature feature;
    JdbcEscalationStore escalations;

    private static Coverage everyDay() {
        Map<DayOfWeek, List<WeeklyHours.Interval>> map = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek d : DayOfWeek.values()) map.put(d, List.of(new WeeklyHours.Interval(LocalTime.of(0, 0), LocalTime.of(23, 59))));
        return new Coverage(List.of(new WeeklyHours("All day", ZoneId.of("UTC"), map, Set.of())));
    }

    @BeforeEach
    void setUp() {
        f = new BotFixture(dir, fixture -> {
            escalations = new JdbcEscalationStore(fixture.db, BotFixture.PLATFORM);
            JdbcNotifyStore store = new JdbcNotifyStore(fixture.db, BotFixture.PLATFORM);
            feature = new NotificationFeature(escalations, store, new PendingQueue(BotFixture.channel("owners"), fixture.store, store),
                    new ReminderClock(NotificationPolicy.defaults(), everyDay()), fixture.team, BotFixture.channel("owners"));
            return List.of(feature);
        });
        f.post(CUSTOMER, "I want a refund for last year's plan");
        escalations.create(1, "refund", "refund", "nothing", "approve", "credit", "owner", "owners", "alex", f.now(), null);
    }

    @AfterEach
    void tearDown() {
        f.close();
    }

    private List<Action> remindAfter(Duration d) {
        return feature.remind(f.later(d).now());
    }

    @Test
    void ownersWhoChoseDirectMessagesArePingedPrivatelyAndTheChannelStaysQuietWhenNobodyWantsIt() {
        f.command(OWNER, BotFixture.channel("owners"), "notify", "dm");
        f.command(LEAD, BotFixture.channel("owners"), "notify", "off");

        List<Action> first = remindAfter(Duration.ofMinutes(30));
        List<Action.PrivateReply> dms = first.stream().filter(a -> a instanceof Action.PrivateReply).map(a -> (Action.PrivateReply) a).toList();
        assertEquals(1, dms.size(), first.toString());
        assertEquals("olivia", dms.get(0).userId());
        assertTrue(dms.get(0).text().startsWith("⏰ Reminder: esc-1 (refund"), dms.get(0).text());
        assertTrue(first.stream().noneMatch(a -> a instanceof Action.StaffNote), "nobody wants the channel ping");
        assertTrue(first.stream().anyMatch(a -> a instanceof Action.PostCard p && p.card().id().equals(PendingQueue.CARD_ID)),
                "the queue message is posted whatever the choice");

        f.command(OWNER, BotFixture.channel("owners"), "notify", "channel");
        List<Action> second = remindAfter(Duration.ofHours(1));
        assertTrue(second.stream().anyMatch(a -> a instanceof Action.StaffNote n && n.text().startsWith("⏰ Reminder")), second.toString());
        assertTrue(second.stream().anyMatch(a -> a instanceof Action.UpdateCard u && u.cardId().equals(PendingQueue.CARD_ID)));
        assertTrue(remindAfter(Duration.ofMinutes(30)).stream().noneMatch(a -> a instanceof Action.StaffNote), "backed off: 2 h until the next");
    }

    @Test
    void notifyIsForOwnersAndLeadsAndRejectsUnknownChoices() {
        List<Action> agent = f.command(AGENT, BotFixture.channel("team"), "notify", "dm");
        assertTrue(agent.stream().anyMatch(a -> a instanceof Action.PrivateReply p && !p.text().contains("by direct message")), agent.toString());
        List<Action> bad = f.command(OWNER, BotFixture.channel("owners"), "notify", "email");
        assertTrue(bad.stream().anyMatch(a -> a instanceof Action.PrivateReply p && p.text().contains("/notify dm, /notify channel or /notify off")),
                bad.toString());
        List<Action> shown = f.command(OWNER, BotFixture.channel("owners"), "notify", "");
        assertTrue(shown.stream().anyMatch(a -> a instanceof Action.PrivateReply p && p.text().contains("in the owner channel")), shown.toString());
    }

    @Test
    void aDecidedCardLeavesTheQueue() {
        remindAfter(Duration.ofMinutes(30));
        escalations.decide(1, Escalation.Status.APPROVED, "olivia", "option 1", 1, null, f.now());
        List<Action> after = feature.changed(f.now());
        Action.UpdateCard u = (Action.UpdateCard) after.get(0);
        assertEquals("Pending decisions — none", u.card().title());
    }
}
