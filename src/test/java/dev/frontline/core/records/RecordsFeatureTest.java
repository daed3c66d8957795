package dev.frontline.core.records;

import dev.frontline.core.command.CommandContext;
import dev.frontline.core.command.CommandException;
import dev.frontline.core.model.Action;
import dev.frontline.core.model.Button;
import dev.frontline.core.model.Channels;
import dev.frontline.core.model.EventType;
import dev.frontline.core.model.Inbound;
import dev.frontline.core.model.Person;
import dev.frontline.core.model.Place;
import dev.frontline.core.model.Role;
import dev.frontline.core.model.Ticket;
import dev.frontline.core.model.TicketEvent;
import dev.frontline.core.model.Tier;
import dev.frontline.core.model.UserRef;
import dev.frontline.core.port.DashboardLinks;
import dev.frontline.core.port.RecordStore;
import dev.frontline.core.team.Team;
import dev.frontline.storage.Database;
import dev.frontline.storage.JdbcEscalationStore;
import dev.frontline.storage.JdbcOnceGuard;
import dev.frontline.storage.JdbcRecordStore;
import dev.frontline.storage.JdbcShiftStore;
import dev.frontline.storage.JdbcTicketStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Retention purges exactly what is older than its windows, once; transcripts; privacy in chat; /dashboard. */
class RecordsFeatureTest {
    private static final Instant NOW = Instant.parse("2026-11-25T02:30:00Z"); // 03:30 in Berlin: the routine's time
    private static final Place SUPPORT = new Place("console", "support", "t1");

    @TempDir
    Path dir;

    private Database db;
    private JdbcTicketStore tickets;
    private final Team team = new Team(List.of(new Person("Olivia", Role.OWNER, List.of("olivia"), Tier.TIER1, null),
            new Person("Lee", Role.LEAD, List.of("lee"), Tier.TIER1, null),
            new Person("Alex", Role.AGENT, List.of("alex"), Tier.TIER1, null)));
    private final Channels channels = new Channels("console", Set.of("support"), "owners", "team", "staff");

    @BeforeEach
    void open() {
        db = Database.open(dir);
        tickets = new JdbcTicketStore(db);
    }

    @AfterEach
    void close() {
        db.close();
    }

    private RecordsFeature feature(Retention retention, DashboardLinks links) {
        return new RecordsFeature(tickets, new JdbcEscalationStore(db, "console"), new JdbcShiftStore(db, "console"), new JdbcRecordStore(db),
                team, channels, new JdbcOnceGuard(db), retention, ZoneId.of("Europe/Berlin"), links);
    }

    private Ticket ticketWithMessagesAt(Instant... times) {
        Ticket t = tickets.open(SUPPORT.inThread("t" + times[0].toEpochMilli()), new UserRef("carol", "Carol"), "first words", times[0]);
        for (int i = 1; i < times.length; i++) {
            tickets.append(List.of(TicketEvent.of(t.id(), EventType.CUSTOMER_MESSAGE, "carol", "message " + i, null, times[i])));
        }
        return t;
    }

    private CommandContext command(String user, String name, String args, Place at) {
        return new CommandContext(new Inbound.Command(name, args, at, new UserRef(user, user), NOW), team.roleOf(user));
    }

    private static List<Action> run(RecordsFeature f, CommandContext ctx) {
        return f.commands().stream().filter(c -> c.name().equals(ctx.command().name())).findFirst().orElseThrow().handler().handle(ctx);
    }

    @Test
    void retentionPurgesExactlyTheRowsOlderThanTheWindowOnce() {
        Duration window = Duration.ofDays(365);
        Instant cutoff = NOW.minus(window);
        Ticket t = ticketWithMessagesAt(cutoff.minus(Duration.ofDays(3)), cutoff.minusMillis(1), cutoff, cutoff.plusMillis(1), NOW);
        tickets.append(List.of(TicketEvent.of(t.id(), EventType.TAG_ADDED, "alex", null, "billing", cutoff.minus(Duration.ofDays(1)))));
        JdbcEscalationStore audit = new JdbcEscalationStore(db, "console");
        Instant auditCutoff = NOW.minus(Duration.ofDays(730));
        audit.audit("olivia", "refund", "#1", "old", auditCutoff.minusMillis(1));
        audit.audit("olivia", "refund", "#1", "kept", auditCutoff);

        RecordsFeature f = feature(new Retention(window, Duration.ofDays(730)), DashboardLinks.OFF);
        assertEquals(1, f.routines().size());
        assertEquals(NOW, f.routines().get(0).schedule().nextAfter(NOW.minusSeconds(1)), "daily at 03:30 Berlin");

        Optional<RecordStore.Purge> first = f.purge(NOW, NOW);
        assertEquals(Optional.of(new RecordStore.Purge(2, 1)), first, "the two messages before the cutoff, the one audit row");
        List<TicketEvent> history = tickets.history(t.id());
        assertNull(history.get(0).text());
        assertNull(history.get(1).text());
        assertEquals(List.of("message 2", "message 3", "message 4"), history.stream().skip(2)
                .filter(e -> e.type() == EventType.CUSTOMER_MESSAGE).map(TicketEvent::text).toList(), "at and after the cutoff: kept");
        assertEquals(6, history.size(), "events stay for the metrics; only the words go");
        assertEquals(List.of("kept"), auditDetails("refund"));

        assertEquals(Optional.empty(), f.purge(NOW, NOW.plusSeconds(5)), "the same occurrence never purges twice");
        assertEquals(Optional.empty(), feature(new Retention(window, Duration.ofDays(730)), DashboardLinks.OFF).purge(NOW, NOW),
                "nor does another platform's desk");
        assertEquals(List.of("Retention (messages 365 days, audit 730 days): purged 2 message texts and 1 audit rows"),
                f.weeklyLines(NOW.minus(Duration.ofDays(7)), NOW.plusSeconds(60)));
        assertTrue(feature(Retention.FOREVER, DashboardLinks.OFF).routines().isEmpty(), "no retention: nothing purged");
    }

    private List<String> auditDetails(String action) {
        return db.inTransaction(c -> {
            try (var ps = c.prepareStatement("SELECT detail FROM audit_log WHERE action = ? ORDER BY id")) {
                ps.setString(1, action);
                try (var rs = ps.executeQuery()) {
                    List<String> out = new java.util.ArrayList<>();
                    while (rs.next()) out.add(rs.getString(1));
                    return out;
                }
            }
        });
    }

    @Test
    void transcriptPostsMarkdownAndHtmlToStaffWithPrivateNotesMarkedAndLeftOutOfTheCustomerCopy() {
        Ticket t = tickets.open(SUPPORT, new UserRef("carol", "Carol"), "My <b>invoice</b> is wrong", NOW.minusSeconds(600));
        tickets.append(List.of(TicketEvent.of(t.id(), EventType.NOTE, "alex", "she is a VIP, be gentle", null, NOW.minusSeconds(500)),
                TicketEvent.of(t.id(), EventType.AGENT_REPLY, "alex", "Fixed it, sorry!", null, NOW.minusSeconds(400)),
                TicketEvent.of(t.id(), EventType.TAG_ADDED, "alex", null, "billing", NOW.minusSeconds(300)),
                TicketEvent.of(t.id(), EventType.RESOLVED, "alex", "invoice corrected", null, NOW.minusSeconds(200))));
        RecordsFeature f = feature(Retention.FOREVER, DashboardLinks.OFF);

        List<Action> staff = run(f, command("alex", "transcript", "#" + t.id(), Place.channel("console", "staff")));
        Action.UploadFile md = (Action.UploadFile) staff.get(0);
        Action.UploadFile html = (Action.UploadFile) staff.get(1);
        assertEquals(channels.staffPlace(), md.place());
        assertEquals("ticket-" + t.id() + ".md", md.fileName());
        assertEquals("ticket-" + t.id() + ".html", html.fileName());
        String mdText = new String(md.content(), StandardCharsets.UTF_8);
        String htmlText = new String(html.content(), StandardCharsets.UTF_8);
        assertTrue(mdText.contains("🔒 Alex — *private note*: she is a VIP, be gentle"), mdText);
        assertTrue(mdText.contains("*tag added*: billing"));
        assertTrue(htmlText.contains("My &lt;b&gt;invoice&lt;/b&gt; is wrong"), "customer text escaped");
        assertFalse(htmlText.contains("<b>invoice"));
        assertFalse(htmlText.contains("<script"), "self-contained, no scripts");
        assertTrue(htmlText.contains("class=\"note\""));

        List<Action> customer = run(f, command("alex", "transcript", "#" + t.id() + " customer", Place.channel("console", "staff")));
        String copy = new String(((Action.UploadFile) customer.get(0)).content(), StandardCharsets.UTF_8)
                + new String(((Action.UploadFile) customer.get(1)).content(), StandardCharsets.UTF_8);
        assertEquals("ticket-" + t.id() + "-customer.md", ((Action.UploadFile) customer.get(0)).fileName());
        assertFalse(copy.contains("VIP"), "no private notes in the customer's copy");
        assertFalse(copy.contains("billing"), "nor what only staff saw");
        assertTrue(copy.contains("Fixed it, sorry!") && copy.contains("invoice corrected"));
    }

    @Test
    void privacyEraseInChatIsForOwnersAndAsksFirst() {
        Ticket t = tickets.open(SUPPORT, new UserRef("carol", "Carol"), "Carol here, my card ends 4242", NOW.minusSeconds(60));
        RecordsFeature f = feature(Retention.FOREVER, DashboardLinks.OFF);
        Place owners = Place.channel("console", "owners");
        assertTrue(f.commands().stream().filter(c -> c.name().equals("privacy")).allMatch(c -> c.minRole() == Role.OWNER));

        Action.UploadFile export = (Action.UploadFile) run(f, command("olivia", "privacy", "export carol", owners)).get(0);
        assertEquals(channels.ownerPlace(), export.place());
        assertTrue(new String(export.content(), StandardCharsets.UTF_8).contains("my card ends 4242"));

        Action.PrivateReply ask = (Action.PrivateReply) run(f, command("olivia", "privacy", "erase carol", owners)).get(0);
        assertTrue(ask.text().startsWith("Erase everything stored about carol?"), ask.text());
        Button erase = ask.buttons().get(0);
        assertEquals("carol", tickets.find(t.id()).orElseThrow().customer().id(), "nothing changes before the button");

        List<Action> byAgent = f.clickHandlers().get("privacy").onClick(new Inbound.Click(erase.id(), null, owners, new UserRef("alex", "Alex"), NOW), Role.AGENT);
        assertTrue(((Action.PrivateReply) byAgent.get(0)).text().startsWith("Only owners"));
        assertEquals("carol", tickets.find(t.id()).orElseThrow().customer().id());

        List<Action> done = f.clickHandlers().get("privacy").onClick(new Inbound.Click(erase.id(), null, owners, new UserRef("olivia", "Olivia"), NOW), Role.OWNER);
        assertTrue(((Action.PrivateReply) done.get(0)).text().startsWith("Erased: 1 tickets kept as erased-"), done.toString());
        Ticket after = tickets.find(t.id()).orElseThrow();
        assertTrue(after.customer().id().startsWith("erased-"));
        assertEquals("[erased]", tickets.history(t.id()).get(0).text());
        assertEquals(List.of("1 tickets kept anonymously, " + done.get(0).toString().replaceAll(".*, (\\d+) stored values.*", "$1")
                + " stored values replaced"), auditDetails("privacy-erase"));

        assertThrows(CommandException.class, () -> run(f, command("olivia", "privacy", "erase alex", owners)), "staff are not customers");
    }

    @Test
    void dashboardSendsTheAskerAPrivateLinkOrSaysTheViewIsOff() {
        Place staff = Place.channel("console", "staff");
        RecordsFeature on = feature(Retention.FOREVER, (user, now) -> Optional.of("http://127.0.0.1:1/login?t=for-" + user));
        Action.PrivateReply reply = (Action.PrivateReply) run(on, command("lee", "dashboard", "", staff)).get(0);
        assertEquals("lee", reply.userId());
        assertTrue(reply.text().contains("http://127.0.0.1:1/login?t=for-lee"));
        assertTrue(on.commands().stream().filter(c -> c.name().equals("dashboard")).allMatch(c -> c.minRole() == Role.LEAD));
        Action.PrivateReply off = (Action.PrivateReply) run(feature(Retention.FOREVER, DashboardLinks.OFF), command("olivia", "dashboard", "", staff)).get(0);
        assertTrue(off.text().contains("FRONTLINE_WEB_PORT"));
    }
}
