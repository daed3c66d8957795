package dev.frontline.platform.slack;

import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import com.slack.api.app_backend.slash_commands.payload.SlashCommandPayload;
import com.slack.api.app_backend.views.payload.ViewSubmissionPayload;
import com.slack.api.bolt.App;
import com.slack.api.bolt.context.Context;
import com.slack.api.bolt.request.Request;
import com.slack.api.bolt.response.Response;
import com.slack.api.model.event.AppHomeOpenedEvent;
import com.slack.api.model.event.MessageBotEvent;
import com.slack.api.model.event.MessageChangedEvent;
import com.slack.api.model.event.MessageDeletedEvent;
import com.slack.api.model.event.MessageEvent;
import com.slack.api.model.view.ViewState;
import dev.frontline.core.model.Inbound;
import dev.frontline.core.model.Place;
import dev.frontline.core.model.UserRef;
import dev.frontline.core.port.CardRefs;
import dev.frontline.core.port.Interaction;
import dev.frontline.dispatch.Dispatcher;
import dev.frontline.dispatch.Envelope;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * Turns Slack's events, slash commands, button clicks, modal submissions and shortcuts into the
 * core's {@link Inbound} values and hands them to the {@link Dispatcher}, which stores each one
 * before this handler returns: Bolt acknowledges only then, so an acknowledged event is never lost.
 * If it cannot be stored, the handler answers 503 and Slack does not get an ack (it redelivers).
 * Each event has its natural key (a message's channel and ts, a trigger id, an event id), so a
 * retry, a second envelope or a restart does it once.
 */
public final class SlackAdapter {
    /** The slash command: {@code /frontline <command> [arguments]}, e.g. {@code /frontline resolve #12}. */
    public static final String COMMAND = "/frontline";
    /** The message shortcut "Escalate this". */
    public static final String ESCALATE_SHORTCUT = "escalate_this";
    private static final Logger log = LoggerFactory.getLogger(SlackAdapter.class);

    private final Dispatcher dispatcher;
    private final CardRefs cards;
    private final SlackUsers users;
    private final String botUserId;
    private final String botId;
    private final ExecutorService homeExecutor;
    private final SlackHome home;

    public SlackAdapter(Dispatcher dispatcher, CardRefs cards, SlackUsers users, String botUserId, String botId,
                        ExecutorService homeExecutor, SlackHome home) {
        this.dispatcher = dispatcher;
        this.cards = cards;
        this.users = users;
        this.botUserId = botUserId;
        this.botId = botId;
        this.homeExecutor = homeExecutor;
        this.home = home;
        // Display names are looked up on the event's lane, never before the ack.
        dispatcher.prepareWith(SlackPlatform.NAME, users::named);
    }

    public void register(App app) {
        app.event(MessageEvent.class, (req, ctx) -> {
            MessageEvent e = req.getEvent();
            return store(ctx, () -> message(e.getChannel(), e.getThreadTs(), e.getTs(), e.getUser(), e.getBotId(), e.getText()));
        });
        // Help-desk integrations post customers' messages as bot messages: they are customer messages too.
        app.event(MessageBotEvent.class, (req, ctx) -> {
            MessageBotEvent e = req.getEvent();
            return store(ctx, () -> message(e.getChannel(), e.getThreadTs(), e.getTs(),
                    e.getUsername() != null ? e.getUsername() : e.getBotId(), e.getBotId(), e.getText()));
        });
        // Acknowledged so Slack does not retry them; edits and deletions do not change tickets.
        app.event(MessageChangedEvent.class, (req, ctx) -> ctx.ack());
        app.event(MessageDeletedEvent.class, (req, ctx) -> ctx.ack());
        app.event(AppHomeOpenedEvent.class, (req, ctx) -> {
            String user = req.getEvent().getUser();
            if (user != null) homeExecutor.execute(() -> safely(() -> home.publish(user)));
            return ctx.ack();
        });
        app.command(COMMAND, (req, ctx) -> {
            SlashCommandPayload p = req.getPayload();
            return store(ctx, () -> command(p, key(req, p.getTriggerId())));
        });
        app.blockAction(Pattern.compile(".+"), (req, ctx) -> {
            BlockActionPayload p = req.getPayload();
            return store(ctx, () -> click(p, key(req, p.getTriggerId())));
        });
        app.viewSubmission(Pattern.compile(".+"), (req, ctx) -> {
            ViewSubmissionPayload p = req.getPayload();
            return store(ctx, () -> submit(p, key(req, p.getTriggerId())));
        });
        app.messageShortcut(ESCALATE_SHORTCUT, (req, ctx) -> {
            var p = req.getPayload();
            return store(ctx, () -> {
                String thread = p.getMessage().getThreadTs() != null ? p.getMessage().getThreadTs() : p.getMessage().getTs();
                Place place = new Place(SlackPlatform.NAME, p.getChannel().getId(), cards.coreThread(SlackPlatform.NAME, thread));
                return new Envelope(key(req, p.getTriggerId()), new Inbound.Command("escalate", "", place, UserRef.of(p.getUser().getId()),
                        Instant.now()), trigger(p.getTriggerId(), p.getUser().getId()));
            });
        });
    }

    /**
     * Stores the event, then lets Bolt acknowledge it. A malformed payload (null where Slack sends a
     * value) is acknowledged and dropped with a log line: redelivering it would fail the same way.
     */
    private Response store(Context ctx, Supplier<Envelope> envelope) {
        Envelope e;
        try {
            e = envelope.get();
        } catch (RuntimeException malformed) {
            // The payload may hold customer text: its details only at DEBUG.
            log.warn("Ignoring a Slack payload that could not be read ({})", malformed.getClass().getSimpleName());
            log.debug("The unreadable payload's error", malformed);
            return ctx.ack();
        }
        if (e == null) return ctx.ack();
        try {
            dispatcher.receive(e);
            return ctx.ack();
        } catch (RuntimeException notStored) {
            log.error("Could not store Slack event {}; not acknowledging it so Slack sends it again", e.key(), notStored);
            return Response.builder().statusCode(503).body("not stored").build();
        }
    }

    private Envelope message(String channel, String threadTs, String ts, String userId, String senderBotId, String text) {
        if (channel == null || ts == null || userId == null || text == null) return null;
        if (userId.equals(botUserId) || (senderBotId != null && senderBotId.equals(botId))) return null;
        Place place = new Place(SlackPlatform.NAME, channel, cards.coreThread(SlackPlatform.NAME, threadTs));
        // Integrations post as bots with a username; people are U… or W… ids whose names are looked up later.
        UserRef user = UserRef.of(userId);
        // One message is one event, however many event ids Slack gives it: the key is its channel and ts.
        return new Envelope("slack:msg:" + channel + ":" + ts, new Inbound.Message(ts, place, user, unescape(text), instant(ts)), null);
    }

    private Envelope command(SlashCommandPayload p, String key) {
        String text = p.getText() == null ? "" : p.getText().trim();
        String name = text.isEmpty() ? "help" : text.split("\\s+", 2)[0].replaceFirst("^/", "").toLowerCase();
        String args = text.contains(" ") ? text.substring(text.indexOf(' ') + 1).trim() : "";
        return new Envelope(key, new Inbound.Command(name, unescape(args), Place.channel(SlackPlatform.NAME, p.getChannelId()),
                UserRef.of(p.getUserId()), Instant.now()), trigger(p.getTriggerId(), p.getUserId()));
    }

    private Envelope click(BlockActionPayload p, String key) {
        if (p.getActions() == null || p.getActions().isEmpty() || p.getUser() == null) return null;
        String actionId = p.getActions().get(0).getActionId();
        String messageTs = p.getContainer() == null ? null : p.getContainer().getMessageTs();
        String cardId = messageTs == null ? null : cards.cardAt(SlackPlatform.NAME, messageTs).orElse(null);
        String channel = p.getChannel() != null ? p.getChannel().getId() : p.getContainer() == null ? null : p.getContainer().getChannelId();
        if (channel == null || actionId == null) return null;
        String thread = p.getMessage() == null ? null : p.getMessage().getThreadTs();
        Place place = new Place(SlackPlatform.NAME, channel, cards.coreThread(SlackPlatform.NAME, thread));
        return new Envelope(key, new Inbound.Click(actionId, cardId, place, UserRef.of(p.getUser().getId()), Instant.now()),
                trigger(p.getTriggerId(), p.getUser().getId()));
    }

    private Envelope submit(ViewSubmissionPayload p, String key) {
        Map<String, String> values = new HashMap<>();
        Map<String, Map<String, ViewState.Value>> state = p.getView().getState() == null ? Map.of() : p.getView().getState().getValues();
        state.forEach((block, actions) -> {
            ViewState.Value v = actions.get("value");
            if (v != null && v.getValue() != null) values.put(block, v.getValue());
        });
        Place place = SlackBlocks.fromMetadata(p.getView().getPrivateMetadata());
        if (place == null) place = Place.channel(SlackPlatform.NAME, p.getUser().getId());
        return new Envelope(key, new Inbound.FormSubmit(p.getView().getCallbackId(), values, place, UserRef.of(p.getUser().getId()),
                Instant.now()), trigger(p.getTriggerId(), p.getUser().getId()));
    }

    private static Interaction trigger(String triggerId, String userId) {
        return triggerId == null ? null : new Interaction(SlackPlatform.NAME, triggerId, null, userId);
    }

    /**
     * An interaction's key: its trigger id, unique per click, command or submission. Without one,
     * the payload itself: the same envelope delivered twice is then one event.
     */
    private static String key(Request<?> req, String triggerId) {
        if (triggerId != null && !triggerId.isBlank()) return "slack:trigger:" + triggerId;
        return "slack:body:" + sha256(req.getRequestBodyAsString());
    }

    private static String sha256(String text) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest((text == null ? "" : text).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void safely(Runnable r) {
        try {
            r.run();
        } catch (RuntimeException e) {
            log.warn("Slack home tab update failed: {}", e.toString());
        }
    }

    /** What the person typed: Slack escapes &, < and > in message text. */
    static String unescape(String text) {
        return text == null ? "" : text.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
    }

    static Instant instant(String ts) {
        try {
            BigDecimal seconds = new BigDecimal(ts);
            return Instant.ofEpochMilli(seconds.movePointRight(3).longValue());
        } catch (RuntimeException e) {
            return Instant.now();
        }
    }
}
