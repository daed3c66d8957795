package dev.frontline.platform.console;

import dev.frontline.core.model.Button;
import dev.frontline.core.model.Form;
import dev.frontline.core.model.Inbound;
import dev.frontline.core.model.Person;
import dev.frontline.core.model.Place;
import dev.frontline.core.model.Role;
import dev.frontline.core.model.Ticket;
import dev.frontline.core.model.UserRef;
import dev.frontline.core.port.TicketStore;
import dev.frontline.core.team.Team;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The interactive console chat: one person plays customer, agent or owner in turn, types messages
 * and slash commands, and presses buttons. Reads the same lines from a script when stdin is not a
 * terminal. Lines starting with ':' steer the console itself (see {@link #HELP}).
 */
public final class ConsoleChat {
    static final String HELP = """
            Console commands:
              :as NAME          act as NAME (team members from config are staff; anyone else is a customer)
              :in CHANNEL       go to a channel (ticket channels: %s)
              :thread #N|KEY    go into a ticket's thread;  :top  back to the channel
              :press N          press button N of the last message with buttons
              :submit k=v …     send the last form (unnamed fields keep their pre-filled value)
              :who              show who and where you are;  :help  this text;  :quit  leave
            Anything else is a message; /help lists the bot's slash commands.""";

    private final BotSession session;
    private final Team team;
    private final TicketStore store;
    private final Clock clock;
    private final PrintStream out;
    private final boolean interactive;
    private final String ticketChannels;
    private final AtomicLong sequence = new AtomicLong();

    private UserRef user;
    private Place place;

    public ConsoleChat(BotSession session, Team team, TicketStore store, List<String> ticketChannels, Clock clock,
                       PrintStream out, boolean interactive) {
        this.session = session;
        this.team = team;
        this.store = store;
        this.clock = clock;
        this.out = out;
        this.interactive = interactive;
        this.ticketChannels = String.join(", ", ticketChannels);
        String firstChannel = ticketChannels.isEmpty() ? "support" : ticketChannels.get(0);
        this.user = new UserRef("customer", "customer");
        this.place = Place.channel(ConsolePlatform.NAME, firstChannel);
    }

    public void run(BufferedReader in) throws IOException {
        if (interactive) {
            out.println("Frontline console. You are '" + user.name() + "' (a customer) in #" + place.channel() + ".");
            out.println(HELP.formatted(ticketChannels));
        }
        while (true) {
            if (interactive) {
                out.print(prompt());
                out.flush();
            }
            String line = in.readLine();
            if (line == null || line.trim().equals(":quit")) return;
            if (!interactive && !line.isBlank()) out.println(prompt() + line);
            handle(line.strip());
        }
    }

    void handle(String line) {
        if (line.isEmpty() || line.startsWith("#!")) return;
        session.tick(clock.instant());
        try {
            if (line.startsWith(":")) meta(line);
            else if (line.startsWith("/")) command(line);
            else message(line);
        } catch (RuntimeException e) {
            out.println("  ! " + e.getMessage());
        }
    }

    private void message(String text) {
        String id = "c" + clock.millis() + "." + sequence.incrementAndGet();
        boolean topLevel = !place.isThread();
        session.deliver(new Inbound.Message(id, place, user, text, clock.instant()));
        // Like replying in a thread on Slack: after opening a ticket, the conversation continues there.
        if (topLevel) store.findByPlace(place.inThread(id)).ifPresent(t -> place = t.place());
    }

    private void command(String line) {
        String body = line.substring(1);
        int space = body.indexOf(' ');
        String name = (space < 0 ? body : body.substring(0, space)).toLowerCase(Locale.ROOT);
        String args = space < 0 ? "" : body.substring(space + 1).trim();
        session.deliver(new Inbound.Command(name, args, place, user, clock.instant()));
    }

    private void meta(String line) {
        String[] parts = line.substring(1).split("\\s+", 2);
        String arg = parts.length > 1 ? parts[1].trim() : "";
        switch (parts[0].toLowerCase(Locale.ROOT)) {
            case "as" -> actAs(arg);
            case "in" -> place = Place.channel(ConsolePlatform.NAME, requireArg(arg, ":in CHANNEL").replaceFirst("^#", ""));
            case "thread" -> enterThread(requireArg(arg, ":thread #N"));
            case "top" -> place = place.top();
            case "press" -> press(requireArg(arg, ":press N"));
            case "submit" -> submit(arg);
            case "who" -> out.println("  you are " + user.name() + " (" + team.roleOf(user.id()).name().toLowerCase() + ") in " + where());
            case "help" -> out.println(HELP.formatted(ticketChannels));
            default -> out.println("  ! unknown console command :" + parts[0] + " (try :help)");
        }
    }

    private void actAs(String name) {
        String id = requireArg(name, ":as NAME");
        Optional<Person> person = team.person(id);
        user = new UserRef(id, person.map(Person::name).orElse(id));
        Role role = team.roleOf(id);
        out.println("  you are now " + user.name() + " (" + role.name().toLowerCase() + ")");
    }

    private void enterThread(String ref) {
        String key = ref.replaceFirst("^#", "");
        if (key.matches("\\d+")) {
            Ticket t = store.find(Long.parseLong(key)).orElseThrow(() -> new IllegalArgumentException("no ticket #" + key));
            place = t.place();
        } else {
            place = place.inThread(key);
        }
    }

    private void press(String which) {
        List<Button> buttons = session.platform().lastButtons();
        Button button = null;
        if (which.matches("\\d+")) {
            int n = Integer.parseInt(which);
            if (n >= 1 && n <= buttons.size()) button = buttons.get(n - 1);
        } else {
            for (Button b : buttons) if (b.id().equals(which) || b.label().equalsIgnoreCase(which)) button = b;
        }
        if (button == null) throw new IllegalArgumentException("no button " + which + " on the last message with buttons");
        String card = session.platform().lastCardId();
        boolean onCard = card != null && session.platform().buttonsOf(card).contains(button);
        Place at = onCard ? Optional.ofNullable(session.platform().placeOfCard(card)).orElse(place) : place;
        session.deliver(new Inbound.Click(button.id(), onCard ? card : null, at, user, clock.instant()));
    }

    private void submit(String args) {
        Form form = session.platform().lastForm();
        if (form == null) throw new IllegalArgumentException("no form is open");
        Map<String, String> values = new HashMap<>();
        for (Form.Input in : form.inputs()) if (in.prefill() != null) values.put(in.name(), in.prefill());
        values.putAll(KeyValues.parse(args));
        Place at = Optional.ofNullable(session.platform().lastFormPlace()).orElse(place);
        session.deliver(new Inbound.FormSubmit(form.id(), values, at, user, clock.instant()));
    }

    private static String requireArg(String arg, String usage) {
        if (arg.isBlank()) throw new IllegalArgumentException("usage: " + usage);
        return arg;
    }

    private String where() {
        if (!place.isThread()) return "#" + place.channel();
        return store.findByPlace(place).map(t -> "#" + place.channel() + " › ticket " + t.ref())
                .orElse("#" + place.channel() + " › " + place.thread());
    }

    private String prompt() {
        return user.name() + " @ " + where() + " > ";
    }
}
