package dev.frontline.testing;

import dev.frontline.core.Bot;
import dev.frontline.core.Desk;
import dev.frontline.core.Feature;
import dev.frontline.core.model.Action;
import dev.frontline.core.model.Channels;
import dev.frontline.core.model.Inbound;
import dev.frontline.core.model.Person;
import dev.frontline.core.model.Place;
import dev.frontline.core.model.Role;
import dev.frontline.core.model.Tier;
import dev.frontline.core.model.UserRef;
import dev.frontline.core.team.Team;
import dev.frontline.core.ticket.TicketCommands;
import dev.frontline.core.ticket.TicketService;
import dev.frontline.core.ticket.TicketTexts;
import dev.frontline.storage.Database;
import dev.frontline.storage.JdbcTicketStore;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A whole bot on a fresh SQLite database in a temp folder, with a small team: owner "olivia",
 * lead "lee", agent "alex", guarded agent "sam"; ticket channel "support", owner channel "owners",
 * team channel "team". Extra features can be added for the test at hand.
 */
public final class BotFixture implements AutoCloseable {
    public static final String PLATFORM = "console";
    public static final UserRef OWNER = new UserRef("olivia", "Olivia");
    public static final UserRef LEAD = new UserRef("lee", "Lee");
    public static final UserRef AGENT = new UserRef("alex", "Alex");
    public static final UserRef NEW_AGENT = new UserRef("sam", "Sam");
    public static final UserRef CUSTOMER = new UserRef("carol", "Carol");

    public final Database db;
    public final JdbcTicketStore store;
    public final Team team;
    public final Channels channels;
    public final TicketService tickets;
    public final Desk desk;
    public final Bot bot;
    private final AtomicLong messageIds = new AtomicLong();
    private Instant now = Instant.parse("2026-11-24T09:00:00Z");

    public BotFixture(Path dir, Feature... extra) {
        this(dir, fixture -> List.of(extra));
    }

    /** For features that need the fixture's stores: {@code extras} is called once they exist, before the bot is built. */
    public BotFixture(Path dir, java.util.function.Function<BotFixture, List<Feature>> extras) {
        db = Database.open(dir);
        store = new JdbcTicketStore(db);
        team = new Team(List.of(
                new Person("Olivia", Role.OWNER, List.of("olivia"), Tier.TIER1, null),
                new Person("Lee", Role.LEAD, List.of("lee"), Tier.TIER1, null),
                new Person("Alex", Role.AGENT, List.of("alex"), Tier.TIER1, null),
                new Person("Sam", Role.AGENT, List.of("sam"), Tier.TIER1, java.time.LocalDate.parse("2099-01-01"))));
        channels = new Channels(PLATFORM, java.util.Set.of("support"), "owners", "team", "staff");
        tickets = new TicketService(store, team, channels, TicketTexts.defaults());
        List<Feature> features = new ArrayList<>();
        features.add(new TicketCommands(tickets, team));
        features.addAll(extras.apply(this));
        desk = new Desk(team, tickets, features);
        bot = Bot.of(desk);
    }

    /** A place on the fixture's platform. */
    public static Place place(String channel, String thread) {
        return new Place(PLATFORM, channel, thread);
    }

    public static Place channel(String channel) {
        return Place.channel(PLATFORM, channel);
    }

    public Instant now() {
        return now;
    }

    public BotFixture later(java.time.Duration d) {
        now = now.plus(d);
        return this;
    }

    /** A top-level message in the support channel (opens a ticket when a customer writes it). */
    public List<Action> post(UserRef user, String text) {
        String id = "m" + messageIds.incrementAndGet();
        return bot.handle(new Inbound.Message(id, Place.channel(PLATFORM, "support"), user, text, now));
    }

    /** A message in a thread of the support channel. */
    public List<Action> reply(UserRef user, String thread, String text) {
        String id = "m" + messageIds.incrementAndGet();
        return bot.handle(new Inbound.Message(id, new Place(PLATFORM, "support", thread), user, text, now));
    }

    public List<Action> command(UserRef user, Place place, String name, String args) {
        return bot.handle(new Inbound.Command(name, args, place, user, now));
    }

    public List<Action> click(UserRef user, Place place, String actionId, String cardId) {
        return bot.handle(new Inbound.Click(actionId, cardId, place, user, now));
    }

    /** The fixture's bot behind the real unit of work (inbox, lanes, outbox), as the console drives it. */
    public dev.frontline.platform.console.BotSession session(dev.frontline.platform.console.ConsolePlatform platform) {
        dev.frontline.storage.JdbcOutbox outbox = new dev.frontline.storage.JdbcOutbox(db);
        dispatcher = new dev.frontline.dispatch.Dispatcher(bot, new dev.frontline.storage.DatabaseWork(db), new dev.frontline.storage.JdbcInbox(db),
                outbox, new dev.frontline.dispatch.LaneKeys(id -> store.find(id).map(t -> t.place()), id -> java.util.Optional.empty()),
                java.time.Clock.systemUTC(), 2);
        return new dev.frontline.platform.console.BotSession(dispatcher, now -> List.of(),
                new dev.frontline.dispatch.OutboxSender(platform, outbox, java.time.Clock.systemUTC(), 1), platform);
    }

    private dev.frontline.dispatch.Dispatcher dispatcher;

    @Override
    public void close() {
        if (dispatcher != null) dispatcher.close();
        db.close();
    }
}
