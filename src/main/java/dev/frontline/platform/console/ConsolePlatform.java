package dev.frontline.platform.console;

import dev.frontline.core.model.Action;
import dev.frontline.core.model.Button;
import dev.frontline.core.model.Form;
import dev.frontline.core.model.Place;
import dev.frontline.core.port.CardRefs;
import dev.frontline.core.port.ChatPlatform;
import dev.frontline.core.port.Delivery;
import dev.frontline.core.port.Outgoing;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The console chat as a platform: every action becomes an {@link ActionView} handed to a printer
 * (human text for the interactive console, JSON lines for replay). Remembers the buttons and the
 * form last shown so the person at the console can press and fill them.
 */
public final class ConsolePlatform implements ChatPlatform {
    public static final String NAME = "console";

    private final Clock clock;
    private final CardRefs cardRefs;
    private final Consumer<ActionView> printer;
    private final List<Button> lastButtons = new ArrayList<>();
    private final Map<String, List<Button>> cardButtons = new HashMap<>();
    private final Map<Place, java.util.LinkedList<List<Button>>> placeButtons = new HashMap<>();
    private final Map<String, String> cardAudiences = new HashMap<>();
    private String lastCardId;
    private Action.OpenForm lastForm;

    private final java.nio.file.Path filesDir;

    public ConsolePlatform(Clock clock, CardRefs cardRefs, Consumer<ActionView> printer) {
        this(clock, cardRefs, printer, null);
    }

    /** @param filesDir where uploaded files (charts) are saved so a person can open them; null to not save */
    public ConsolePlatform(Clock clock, CardRefs cardRefs, Consumer<ActionView> printer, java.nio.file.Path filesDir) {
        this.clock = clock;
        this.cardRefs = cardRefs;
        this.printer = printer;
        this.filesDir = filesDir;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Delivery deliver(Outgoing outgoing) {
        perform(outgoing.action());
        return Delivery.sent(null);
    }

    /** Shows one action (the console cannot fail to print). */
    public synchronized void perform(Action action) {
        // A new conversation needs nothing on the console: a thread is just its key.
        if (action instanceof Action.StartThread) return;
        Place cardPlace = null;
        if (action instanceof Action.PostCard c) {
            cardRefs.remember(NAME, c.card().id(), new CardRefs.Ref(c.place().channel(), c.card().id()));
            // "The last card" is the last one a person can press a button on, not a list like Pending decisions.
            if (!c.card().buttons().isEmpty()) lastCardId = c.card().id();
            cardButtons.put(c.card().id(), c.card().buttons());
            cardAudiences.put(c.card().id(), c.audience().label());
        } else if (action instanceof Action.UpdateCard u) {
            // Keep the buttons it showed before: a late click on an old button must still reach the
            // card's handler (which answers "already decided"), as it would on a chat platform.
            List<Button> all = new ArrayList<>(cardButtons.getOrDefault(u.cardId(), List.of()));
            for (Button b : u.card().buttons()) if (!all.contains(b)) all.add(b);
            cardButtons.put(u.cardId(), all);
            cardPlace = cardRefs.find(NAME, u.cardId()).map(r -> Place.channel(NAME, r.channel())).orElse(null);
        } else if (action instanceof Action.OpenForm f) {
            lastForm = f;
        }
        String cardAudience = action instanceof Action.UpdateCard u ? cardAudiences.get(u.cardId()) : null;
        ActionView view = ActionView.of(action, clock.instant(), cardPlace, cardAudience);
        if (action instanceof Action.UploadFile f && filesDir != null) view = saved(view, f);
        if (!view.buttons().isEmpty()) {
            lastButtons.clear();
            lastButtons.addAll(view.buttons());
            if (view.channel() != null && !(action instanceof Action.PostCard) && !(action instanceof Action.UpdateCard)) {
                java.util.LinkedList<List<Button>> shown = placeButtons.computeIfAbsent(new Place(NAME, view.channel(), view.thread()),
                        p -> new java.util.LinkedList<>());
                shown.addFirst(view.buttons());
                if (shown.size() > 10) shown.removeLast();
            }
        }
        printer.accept(view);
    }

    /** Writes the file under filesDir; the view then names the saved file instead of the bare name. */
    private ActionView saved(ActionView view, Action.UploadFile file) {
        try {
            java.nio.file.Files.createDirectories(filesDir);
            java.nio.file.Path target = filesDir.resolve(file.fileName().replaceAll("[^\\w.-]", "_"));
            java.nio.file.Files.write(target, file.content());
            return new ActionView(view.at(), view.channel(), view.thread(), view.audience(), view.kind(), view.text(), view.buttons(),
                    target.toString());
        } catch (java.io.IOException e) {
            org.slf4j.LoggerFactory.getLogger(ConsolePlatform.class).error("Cannot save {}", file.fileName(), e);
            return view;
        }
    }

    @Override
    public String permalink(Place place) {
        return "console:#" + place.channel() + (place.isThread() ? "/" + place.thread() : "");
    }

    /** Buttons of the last message that had any, in order, for {@code :press N}. */
    public synchronized List<Button> lastButtons() {
        return List.copyOf(lastButtons);
    }

    /** Every button a card has shown, for resolving clicks by id, suffix or label; empty for an unknown card. */
    public synchronized List<Button> buttonsOf(String cardId) {
        return cardButtons.getOrDefault(cardId, List.of());
    }

    /**
     * The buttons of the messages with buttons (not cards) at a place, newest message first: the last
     * message's buttons come first, and a button only an earlier message has (Send 1 under the
     * suggestions, with a flag posted after them) is still found.
     */
    public synchronized List<Button> buttonsAt(Place place) {
        List<Button> all = new ArrayList<>();
        for (List<Button> b : placeButtons.getOrDefault(place, new java.util.LinkedList<>())) all.addAll(b);
        return all;
    }

    /** Where a card was posted, if it was. */
    public Place placeOfCard(String cardId) {
        return cardRefs.find(NAME, cardId).map(r -> Place.channel(NAME, r.channel())).orElse(null);
    }

    /** The last card posted with buttons. */
    public synchronized String lastCardId() {
        return lastCardId;
    }

    public synchronized Form lastForm() {
        return lastForm == null ? null : lastForm.form();
    }

    public synchronized Place lastFormPlace() {
        return lastForm == null ? null : lastForm.place();
    }
}
