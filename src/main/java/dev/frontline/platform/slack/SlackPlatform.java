package dev.frontline.platform.slack;

import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.request.files.FilesUploadV2Request;
import com.slack.api.methods.response.chat.ChatPostMessageResponse;
import com.slack.api.model.Message;
import dev.frontline.core.model.Action;
import dev.frontline.core.model.Button;
import dev.frontline.core.model.Place;
import dev.frontline.core.port.CardRefs;
import dev.frontline.core.port.ChatPlatform;
import dev.frontline.core.port.Delivery;
import dev.frontline.core.port.Outgoing;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The core's actions on Slack. Every posted message carries its outbox row in Slack's message
 * metadata, so that after a timeout the outbox can look in the conversation for it instead of
 * posting it again. Cards are remembered so they can be updated in place. A modal needs the trigger
 * of the click or command that asked for it, which arrives with the action ({@link Outgoing#replyTo}).
 */
public final class SlackPlatform implements ChatPlatform {
    public static final String NAME = "slack";
    static final String METADATA_TYPE = "frontline_outbox";
    static final String METADATA_KEY = "outbox_id";

    private final MethodsClient client;
    private final CardRefs cards;
    private final String workspaceUrl;

    /** @param workspaceUrl e.g. {@code https://acme.slack.com/} from auth.test, for permalinks */
    public SlackPlatform(MethodsClient client, CardRefs cards, String workspaceUrl) {
        this.client = client;
        this.cards = cards;
        this.workspaceUrl = workspaceUrl == null ? "https://slack.com/" : (workspaceUrl.endsWith("/") ? workspaceUrl : workspaceUrl + "/");
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Delivery deliver(Outgoing o) {
        Action action = o.action();
        if (action instanceof Action.Reply r) return post(o, r.place(), r.text(), r.buttons());
        if (action instanceof Action.StaffNote n) {
            String text = n.about() == null ? n.text() : n.text() + "\n— about " + permalink(n.about());
            return post(o, n.place(), text, n.buttons());
        }
        if (action instanceof Action.PrivateReply p) return ephemeral(p);
        if (action instanceof Action.PostCard c) return postCard(o, c);
        if (action instanceof Action.UpdateCard u) return updateCard(u);
        if (action instanceof Action.OpenForm f) return openForm(o, f);
        if (action instanceof Action.UploadFile f) return upload(f);
        // A Slack thread is any message's replies: nothing to create.
        if (action instanceof Action.StartThread) return Delivery.sent(null);
        return Delivery.failed("Slack cannot perform " + action.getClass().getSimpleName());
    }

    private String thread(Place place) {
        return cards.platformThread(NAME, place.thread());
    }

    private static Message.Metadata marker(Outgoing o) {
        return Message.Metadata.builder().eventType(METADATA_TYPE).eventPayload(Map.of(METADATA_KEY, String.valueOf(o.id()))).build();
    }

    private Delivery post(Outgoing o, Place place, String text, List<Button> buttons) {
        SlackCalls.Attempt<ChatPostMessageResponse> a = SlackCalls.attempt("chat.postMessage", () -> client.chatPostMessage(r -> r
                .channel(place.channel()).threadTs(thread(place)).text(SlackText.safe(text, SlackText.MESSAGE_LIMIT))
                .blocks(SlackBlocks.message(text, buttons)).metadata(marker(o)).unfurlLinks(false).unfurlMedia(false)));
        return a.ok() ? Delivery.sent(a.response().getTs()) : a.failure();
    }

    private Delivery ephemeral(Action.PrivateReply p) {
        var a = SlackCalls.attempt("chat.postEphemeral", () -> client.chatPostEphemeral(r -> r.channel(p.place().channel()).user(p.userId())
                .threadTs(thread(p.place())).text(SlackText.safe(p.text(), SlackText.MESSAGE_LIMIT))
                .blocks(SlackBlocks.message(p.text(), p.buttons()))));
        return a.ok() ? Delivery.sent(a.response().getMessageTs()) : a.failure();
    }

    private Delivery postCard(Outgoing o, Action.PostCard c) {
        SlackCalls.Attempt<ChatPostMessageResponse> a = SlackCalls.attempt("chat.postMessage", () -> client.chatPostMessage(r -> r
                .channel(c.place().channel()).threadTs(thread(c.place()))
                .text(SlackText.safe(c.card().title(), SlackText.MESSAGE_LIMIT)).blocks(SlackBlocks.card(c.card(), this::permalink))
                .metadata(marker(o)).unfurlLinks(false).unfurlMedia(false)));
        if (!a.ok()) return a.failure();
        cards.remember(NAME, c.card().id(), new CardRefs.Ref(a.response().getChannel(), a.response().getTs()));
        return Delivery.sent(a.response().getTs());
    }

    private Delivery updateCard(Action.UpdateCard u) {
        CardRefs.Ref ref = cards.find(NAME, u.cardId()).orElse(null);
        if (ref == null) return Delivery.failed("no Slack message for card " + u.cardId() + " (it was never posted)");
        var a = SlackCalls.attempt("chat.update", () -> client.chatUpdate(r -> r.channel(ref.channel()).ts(ref.messageId())
                .text(SlackText.safe(u.card().title(), SlackText.MESSAGE_LIMIT)).blocks(SlackBlocks.card(u.card(), this::permalink))));
        return a.ok() ? Delivery.sent(ref.messageId()) : a.failure();
    }

    private Delivery openForm(Outgoing o, Action.OpenForm f) {
        String trigger = o.replyTo() != null && NAME.equals(o.replyTo().platform()) ? o.replyTo().id() : null;
        if (trigger == null) {
            return ephemeral(new Action.PrivateReply(f.userId(), f.place(), "This needs a form; open it again from a button or a command."));
        }
        var a = SlackCalls.attempt("views.open", () -> client.viewsOpen(r -> r.triggerId(trigger).view(SlackBlocks.modal(f.form(), f.place()))));
        return a.ok() ? Delivery.sent(a.response().getView() == null ? null : a.response().getView().getId()) : a.failure();
    }

    private Delivery upload(Action.UploadFile f) {
        var a = SlackCalls.attempt("files.uploadV2", () -> client.filesUploadV2(FilesUploadV2Request.builder().channel(f.place().channel())
                .threadTs(thread(f.place())).filename(f.fileName()).title(f.fileName()).fileData(f.content())
                .initialComment(SlackText.safe(f.caption(), SlackText.MESSAGE_LIMIT)).build()));
        return a.ok() ? Delivery.sent(null) : a.failure();
    }

    /**
     * Looks in the conversation the action was posted to for a message carrying its outbox id.
     * Ephemeral messages, modals and file uploads cannot be found again: unknown.
     */
    @Override
    public Verification verify(Outgoing o) {
        Action a = o.action();
        Place place = a instanceof Action.Reply r ? r.place() : a instanceof Action.StaffNote n ? n.place()
                : a instanceof Action.PostCard c ? c.place() : null;
        if (place == null) return Verification.UNKNOWN;
        String oldest = String.valueOf(Math.max(0, (o.createdAt() == null ? Instant.now() : o.createdAt()).minus(Duration.ofMinutes(1))
                .getEpochSecond()));
        String thread = thread(place);
        List<Message> recent;
        if (thread != null) {
            var found = SlackCalls.call("conversations.replies", () -> client.conversationsReplies(r -> r.channel(place.channel()).ts(thread)
                    .oldest(oldest).limit(200).includeAllMetadata(true)));
            if (found.isEmpty()) return Verification.CHECK_LATER;
            recent = found.get().getMessages();
        } else {
            var found = SlackCalls.call("conversations.history", () -> client.conversationsHistory(r -> r.channel(place.channel())
                    .oldest(oldest).limit(200).includeAllMetadata(true)));
            if (found.isEmpty()) return Verification.CHECK_LATER;
            recent = found.get().getMessages();
        }
        String id = String.valueOf(o.id());
        for (Message m : recent == null ? List.<Message>of() : recent) {
            Message.Metadata md = m.getMetadata();
            if (md != null && METADATA_TYPE.equals(md.getEventType()) && md.getEventPayload() != null
                    && id.equals(String.valueOf(md.getEventPayload().get(METADATA_KEY)))) {
                if (a instanceof Action.PostCard c) cards.remember(NAME, c.card().id(), new CardRefs.Ref(place.channel(), m.getTs()));
                return Verification.ALREADY_DELIVERED;
            }
        }
        return Verification.SAFE_TO_SEND;
    }

    @Override
    public String permalink(Place place) {
        String ts = place.isThread() ? thread(place) : null;
        String base = workspaceUrl + "archives/" + place.channel();
        return ts == null || !ts.matches("\\d+\\.\\d+") ? base : base + "/p" + ts.replace(".", "");
    }
}
