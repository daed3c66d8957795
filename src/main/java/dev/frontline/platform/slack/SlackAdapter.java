package dev.frontline.platform.slack;

import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import com.slack.api.app_backend.slash_commands.payload.SlashCommandPayload;
import com.slack.api.app_backend.views.payload.ViewSubmissionPayload;
import com.slack.api.bolt.App;
import com.slack.api.model.event.AppHomeOpenedEvent;
import com.slack.api.model.event.MessageBotEvent;
import com.slack.api.model.event.MessageChangedEvent;
import com.slack.api.model.event.MessageDeletedEvent;
import com.slack.api.model.event.MessageEvent;
import com.slack.api.model.view.ViewState;
import dev.frontline.core.Bot;
import dev.frontline.core.model.Action;
import dev.frontline.core.model.Inbound;
import dev.frontline.core.model.Place;
import dev.frontline.core.model.UserRef;
import dev.frontline.core.port.CardRefs;
import dev.frontline.core.port.OnceGuard;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.regex.Pattern;

/**
 * Turns Slack's events, slash commands, button clicks, modal submissions and shortcuts into the
 * core's {@link Inbound} values. Every handler acks at once (Bolt acks only when it returns) and
 * does the work on an executor; each event id is processed once, even when Slack retries it.
 */
public final class SlackAdapter {
    /** The slash command: {@code /frontline <command> [arguments]}, e.g. {@code /frontline resolve #12}. */
    public static final String COMMAND = "/frontline";
    /** The message shortcut "Escalate this". */
    public static final String ESCALATE_SHORTCUT = "escalate_this";
    private static final Logger log = LoggerFactory.getLogger(SlackAdapter.class);

    private final Bot bot;
    private final SlackPlatform platform;
    private final OnceGuard once;
    private final CardRefs cards;
    private final SlackUsers users;
    private final String botUserId;
    private final String botId;
    private final ExecutorService executor;
    private final SlackHome home;

    public SlackAdapter(Bot bot, SlackPlatform platform, OnceGuard once, CardRefs cards, SlackUsers users, String botUserId,
                        String botId, ExecutorService executor, SlackHome home) {
        this.bot = bot;
        this.platform = platform;
        this.once = once;
        this.cards = cards;
        this.users = users;
        this.botUserId = botUserId;
        this.botId = botId;
        this.executor = executor;
        this.home = home;
    }

    public void register(App app) {
        app.event(MessageEvent.class, (req, ctx) -> {
            MessageEvent e = req.getEvent();
            async(req.getEventId(), null, () -> onMessage(e.getChannel(), e.getThreadTs(), e.getTs(), e.getUser(), e.getBotId(), e.getText()));
            return ctx.ack();
        });
        // Help-desk integrations post customers' messages as bot messages: they are customer messages too.
        app.event(MessageBotEvent.class, (req, ctx) -> {
            MessageBotEvent e = req.getEvent();
            async(req.getEventId(), null, () -> onMessage(e.getChannel(), e.getThreadTs(), e.getTs(),
                    e.getUsername() != null ? e.getUsername() : e.getBotId(), e.getBotId(), e.getText()));
            return ctx.ack();
        });
        // Acknowledged so Slack does not retry them; edits and deletions do not change tickets.
        app.event(MessageChangedEvent.class, (req, ctx) -> ctx.ack());
        app.event(MessageDeletedEvent.class, (req, ctx) -> ctx.ack());
        app.event(AppHomeOpenedEvent.class, (req, ctx) -> {
            String user = req.getEvent().getUser();
            async(req.getEventId(), null, () -> home.publish(user));
            return ctx.ack();
        });
        app.command(COMMAND, (req, ctx) -> {
            SlashCommandPayload p = req.getPayload();
            async(null, p.getTriggerId(), () -> onCommand(p));
            return ctx.ack();
        });
        app.blockAction(Pattern.compile(".+"), (req, ctx) -> {
            BlockActionPayload p = req.getPayload();
            async(null, p.getTriggerId(), () -> onClick(p));
            return ctx.ack();
        });
        app.viewSubmission(Pattern.compile(".+"), (req, ctx) -> {
            ViewSubmissionPayload p = req.getPayload();
            async(null, null, () -> onSubmit(p));
            return ctx.ack();
        });
        app.messageShortcut(ESCALATE_SHORTCUT, (req, ctx) -> {
            var p = req.getPayload();
            String thread = p.getMessage().getThreadTs() != null ? p.getMessage().getThreadTs() : p.getMessage().getTs();
            Place place = new Place(p.getChannel().getId(), cards.coreThread(SlackPlatform.NAME, thread));
            async(null, p.getTriggerId(), () -> deliver(new Inbound.Command("escalate", "", place, users.ref(p.getUser().getId()), Instant.now())));
            return ctx.ack();
        });
    }

    /** Runs {@code work} off Bolt's thread; an event id already processed (a Slack retry) is skipped. */
    private void async(String eventId, String triggerId, Runnable work) {
        executor.submit(() -> {
            try {
                if (eventId != null && !once.claim("slack:event:" + eventId, Instant.now())) {
                    log.info("Slack event {} already handled; skipping the retry", eventId);
                    return;
                }
                SlackPlatform.withTrigger(triggerId, work);
            } catch (RuntimeException e) {
                log.error("Slack event handling failed", e);
            }
        });
    }

    private void onMessage(String channel, String threadTs, String ts, String userId, String senderBotId, String text) {
        if (userId == null || text == null) return;
        if (userId.equals(botUserId) || (senderBotId != null && senderBotId.equals(botId))) return;
        Place place = new Place(channel, cards.coreThread(SlackPlatform.NAME, threadTs));
        UserRef user = senderBotId != null && !userId.startsWith("U") && !userId.startsWith("W") ? new UserRef(userId, userId) : users.ref(userId);
        deliver(new Inbound.Message(ts, place, user, unescape(text), instant(ts)));
    }

    private void onCommand(SlashCommandPayload p) {
        String text = p.getText() == null ? "" : p.getText().trim();
        String name = text.isEmpty() ? "help" : text.split("\\s+", 2)[0].replaceFirst("^/", "").toLowerCase();
        String args = text.contains(" ") ? text.substring(text.indexOf(' ') + 1).trim() : "";
        deliver(new Inbound.Command(name, unescape(args), Place.channel(p.getChannelId()), users.ref(p.getUserId()), Instant.now()));
    }

    private void onClick(BlockActionPayload p) {
        if (p.getActions() == null || p.getActions().isEmpty()) return;
        String actionId = p.getActions().get(0).getActionId();
        String messageTs = p.getContainer() == null ? null : p.getContainer().getMessageTs();
        String cardId = messageTs == null ? null : cards.cardAt(SlackPlatform.NAME, messageTs).orElse(null);
        String channel = p.getChannel() != null ? p.getChannel().getId() : p.getContainer().getChannelId();
        String thread = p.getMessage() == null ? null : p.getMessage().getThreadTs();
        Place place = new Place(channel, cards.coreThread(SlackPlatform.NAME, thread));
        deliver(new Inbound.Click(actionId, cardId, place, users.ref(p.getUser().getId()), Instant.now()));
    }

    private void onSubmit(ViewSubmissionPayload p) {
        Map<String, String> values = new HashMap<>();
        Map<String, Map<String, ViewState.Value>> state = p.getView().getState() == null ? Map.of() : p.getView().getState().getValues();
        state.forEach((block, actions) -> {
            ViewState.Value v = actions.get("value");
            if (v != null && v.getValue() != null) values.put(block, v.getValue());
        });
        Place place = SlackBlocks.fromMetadata(p.getView().getPrivateMetadata());
        if (place == null) place = Place.channel(p.getUser().getId());
        deliver(new Inbound.FormSubmit(p.getView().getCallbackId(), values, place, users.ref(p.getUser().getId()), Instant.now()));
    }

    private void deliver(Inbound inbound) {
        List<Action> actions = bot.handle(inbound);
        platform.performAll(actions);
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
