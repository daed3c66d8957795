package dev.frontline.platform.slack;

import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.request.files.FilesUploadV2Request;
import dev.frontline.core.model.Action;
import dev.frontline.core.model.Channels;
import dev.frontline.core.model.Place;
import dev.frontline.core.port.CardRefs;
import dev.frontline.core.port.ChatPlatform;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The core's actions on Slack. Staff-only notes never go into a ticket thread (Slack Connect
 * channels include customers): they go to the staff channel, with a link to the ticket. Cards are
 * remembered so they can be updated in place. Forms need the trigger of the click or command that
 * asked for them, which {@link #withTrigger} provides while the answer to an interaction is performed.
 */
public final class SlackPlatform implements ChatPlatform {
    public static final String NAME = "slack";
    private static final Logger log = LoggerFactory.getLogger(SlackPlatform.class);
    private static final ThreadLocal<String> TRIGGER = new ThreadLocal<>();

    private final MethodsClient client;
    private final Channels channels;
    private final CardRefs cards;
    private final String workspaceUrl;

    /** @param workspaceUrl e.g. {@code https://acme.slack.com/} from auth.test, for permalinks */
    public SlackPlatform(MethodsClient client, Channels channels, CardRefs cards, String workspaceUrl) {
        this.client = client;
        this.channels = channels;
        this.cards = cards;
        this.workspaceUrl = workspaceUrl == null ? "https://slack.com/" : (workspaceUrl.endsWith("/") ? workspaceUrl : workspaceUrl + "/");
    }

    @Override
    public String name() {
        return NAME;
    }

    /** Performs {@code work} with the trigger id of the interaction being answered (for modals). */
    static void withTrigger(String triggerId, Runnable work) {
        TRIGGER.set(triggerId);
        try {
            work.run();
        } finally {
            TRIGGER.remove();
        }
    }

    @Override
    public void perform(Action action) {
        try {
            if (action instanceof Action.Reply r) post(r.place(), r.text(), r.buttons());
            else if (action instanceof Action.StaffNote n) staffNote(n);
            else if (action instanceof Action.PrivateReply p) ephemeral(p);
            else if (action instanceof Action.PostCard c) postCard(c);
            else if (action instanceof Action.UpdateCard u) updateCard(u);
            else if (action instanceof Action.OpenForm f) openForm(f);
            else if (action instanceof Action.UploadFile f) upload(f);
        } catch (RuntimeException e) {
            log.error("Could not perform {} on Slack", action.getClass().getSimpleName(), e);
        }
    }

    private String thread(Place place) {
        return cards.platformThread(NAME, place.thread());
    }

    private void post(Place place, String text, java.util.List<dev.frontline.core.model.Button> buttons) {
        SlackCalls.call("chat.postMessage", () -> client.chatPostMessage(r -> r.channel(place.channel()).threadTs(thread(place))
                .text(SlackText.safe(text, SlackText.MESSAGE_LIMIT)).blocks(SlackBlocks.message(text, buttons))
                .unfurlLinks(false).unfurlMedia(false)));
    }

    private void staffNote(Action.StaffNote note) {
        Place place = note.place();
        boolean inStaffChannel = place.channel().equals(channels.staff()) || place.channel().equals(channels.owner())
                || place.channel().equals(channels.team()) || !channels.isTicketChannel(place.channel());
        if (inStaffChannel) {
            post(place, note.text(), note.buttons());
            return;
        }
        String link = permalink(place);
        String text = note.text() + "\n— about " + link;
        SlackCalls.call("chat.postMessage", () -> client.chatPostMessage(r -> r.channel(channels.staff())
                .text(SlackText.safe(text, SlackText.MESSAGE_LIMIT)).blocks(SlackBlocks.message(text, note.buttons()))
                .unfurlLinks(false).unfurlMedia(false)));
    }

    private void ephemeral(Action.PrivateReply p) {
        SlackCalls.call("chat.postEphemeral", () -> client.chatPostEphemeral(r -> r.channel(p.place().channel()).user(p.userId())
                .threadTs(thread(p.place())).text(SlackText.safe(p.text(), SlackText.MESSAGE_LIMIT))
                .blocks(SlackBlocks.message(p.text(), p.buttons()))));
    }

    private void postCard(Action.PostCard c) {
        SlackCalls.call("chat.postMessage", () -> client.chatPostMessage(r -> r.channel(c.place().channel()).threadTs(thread(c.place()))
                        .text(SlackText.safe(c.card().title(), SlackText.MESSAGE_LIMIT)).blocks(SlackBlocks.card(c.card(), this::permalink))
                        .unfurlLinks(false).unfurlMedia(false)))
                .ifPresent(resp -> cards.remember(NAME, c.card().id(), new CardRefs.Ref(resp.getChannel(), resp.getTs())));
    }

    private void updateCard(Action.UpdateCard u) {
        CardRefs.Ref ref = cards.find(NAME, u.cardId()).orElse(null);
        if (ref == null) {
            log.warn("No Slack message for card {}; cannot update it", u.cardId());
            return;
        }
        SlackCalls.call("chat.update", () -> client.chatUpdate(r -> r.channel(ref.channel()).ts(ref.messageId())
                .text(SlackText.safe(u.card().title(), SlackText.MESSAGE_LIMIT)).blocks(SlackBlocks.card(u.card(), this::permalink))));
    }

    private void openForm(Action.OpenForm f) {
        String trigger = TRIGGER.get();
        if (trigger == null) {
            ephemeral(new Action.PrivateReply(f.userId(), f.place(), "This needs a form; open it again from a button or a command."));
            return;
        }
        SlackCalls.call("views.open", () -> client.viewsOpen(r -> r.triggerId(trigger).view(SlackBlocks.modal(f.form(), f.place()))));
    }

    private void upload(Action.UploadFile f) {
        SlackCalls.call("files.uploadV2", () -> client.filesUploadV2(FilesUploadV2Request.builder().channel(f.place().channel())
                .threadTs(thread(f.place())).filename(f.fileName()).title(f.fileName()).fileData(f.content())
                .initialComment(SlackText.safe(f.caption(), SlackText.MESSAGE_LIMIT)).build()));
    }

    @Override
    public String permalink(Place place) {
        String ts = place.isThread() ? thread(place) : null;
        String base = workspaceUrl + "archives/" + place.channel();
        return ts == null || !ts.matches("\\d+\\.\\d+") ? base : base + "/p" + ts.replace(".", "");
    }
}
