package dev.frontline.platform.discord;

import dev.frontline.core.model.Action;
import dev.frontline.core.model.Button;
import dev.frontline.core.model.Place;
import dev.frontline.core.port.CardRefs;
import dev.frontline.core.port.ChatPlatform;
import dev.frontline.core.port.Delivery;
import dev.frontline.core.port.Interaction;
import dev.frontline.core.port.Outgoing;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.channel.attribute.IThreadContainer;
import net.dv8tion.jda.api.entities.channel.middleman.GuildChannel;
import net.dv8tion.jda.api.entities.channel.middleman.GuildMessageChannel;
import net.dv8tion.jda.api.exceptions.ErrorResponseException;
import net.dv8tion.jda.api.interactions.InteractionHook;
import net.dv8tion.jda.api.requests.ErrorResponse;
import net.dv8tion.jda.api.utils.FileUpload;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The core's actions on Discord. A ticket's conversation is a thread whose id is its key, so public
 * replies go into that thread; a reply for one person answers their interaction (ephemeral) while it
 * is live, else it is a direct message. Every message goes with its outbox row as Discord's nonce
 * (enforced), so sending it again after a timeout cannot make a second message, and with no allowed
 * mentions (see {@link DiscordLauncher}).
 */
public final class DiscordPlatform implements ChatPlatform {
    public static final String NAME = "discord";
    private static final Logger log = LoggerFactory.getLogger(DiscordPlatform.class);
    /** Discord remembers a nonce for "a few minutes": within this, sending again is safe. */
    private static final Duration NONCE_WINDOW = Duration.ofMinutes(3);
    private static final Duration INTERACTION_TOKEN_LIFE = Duration.ofMinutes(14);

    private final JDA jda;
    private final CardRefs cards;
    private final LiveInteractions interactions;

    public DiscordPlatform(JDA jda, CardRefs cards, LiveInteractions interactions) {
        this.jda = jda;
        this.cards = cards;
        this.interactions = interactions;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Delivery deliver(Outgoing o) {
        try {
            return perform(o);
        } catch (ErrorResponseException e) {
            if (e.isServerError()) return Delivery.retry(null, "Discord " + e.getErrorCode() + ": " + e.getMeaning());
            return Delivery.failed("Discord refused it: " + e.getErrorCode() + " " + e.getMeaning());
        } catch (MissingChannel e) {
            return Delivery.failed(e.getMessage());
        } catch (ThreadNotYetKnown e) {
            return Delivery.retry(java.time.Duration.ofSeconds(1), e.getMessage());
        } catch (RuntimeException e) {
            // A timeout or a dropped connection: the message may have been created (the nonce makes a resend safe for a while).
            return Delivery.ambiguous(e.toString());
        }
    }

    private Delivery perform(Outgoing o) {
        Action action = o.action();
        if (action instanceof Action.Reply r) return Delivery.sent(send(o, target(r.place(), o.attempts()), r.text(), r.buttons()).getId());
        if (action instanceof Action.StaffNote n) {
            String text = n.about() == null ? n.text() : n.text() + "\n— about " + permalink(n.about());
            return Delivery.sent(send(o, target(n.place(), o.attempts()), text, n.buttons()).getId());
        }
        if (action instanceof Action.PrivateReply p) return privately(o.replyTo(), p.userId(), p.text(), p.buttons());
        if (action instanceof Action.PostCard c) return postCard(o, c);
        if (action instanceof Action.UpdateCard u) return updateCard(u);
        if (action instanceof Action.OpenForm f) return openForm(o.replyTo(), f);
        if (action instanceof Action.StartThread t) return startThread(t);
        if (action instanceof Action.UploadFile f) {
            Message m = target(f.place(), o.attempts()).sendMessage(DiscordText.cut(DiscordText.inert(f.caption()), DiscordText.MESSAGE_LIMIT))
                    .addFiles(FileUpload.fromData(f.content(), f.fileName())).setNonce(nonce(o)).mentionRepliedUser(false).complete();
            return Delivery.sent(m.getId());
        }
        return Delivery.failed("Discord cannot perform " + action.getClass().getSimpleName());
    }

    /** A resend within the nonce window is deduplicated by Discord; later, nobody can tell. */
    @Override
    public Verification verify(Outgoing o) {
        if (o.action() instanceof Action.PrivateReply || o.action() instanceof Action.OpenForm) return Verification.UNKNOWN;
        Instant created = o.createdAt() == null ? Instant.EPOCH : o.createdAt();
        return Duration.between(created, Instant.now()).compareTo(NONCE_WINDOW) < 0 ? Verification.SAFE_TO_SEND : Verification.UNKNOWN;
    }

    private static String nonce(Outgoing o) {
        return "fl" + o.id();
    }

    private static final class MissingChannel extends RuntimeException {
        MissingChannel(String message) {
            super(message);
        }
    }

    /** A thread this process has not heard of yet (another replica just made it): not delivered, try again soon. */
    private static final class ThreadNotYetKnown extends RuntimeException {
        ThreadNotYetKnown(String message) {
            super(message, null, false, false);
        }
    }

    /** How often a post waits for its thread to appear before it goes to the channel itself. */
    private static final int THREAD_WAITS = 5;

    /**
     * The thread of a ticket (its key is the thread's id), or the channel itself. A thread made a
     * moment ago (by another replica) reaches this process's cache with its THREAD_CREATE: a post
     * waits for it a few times before falling back to the channel (the thread may have failed).
     */
    private GuildMessageChannel target(Place place, int attempts) {
        String id = place.isThread() ? cards.platformThread(NAME, place.thread()) : place.channel();
        GuildMessageChannel channel = jda.getChannelById(GuildMessageChannel.class, id);
        if (channel == null && place.isThread()) {
            if (attempts < THREAD_WAITS && jda.getChannelById(GuildMessageChannel.class, place.channel()) != null) {
                throw new ThreadNotYetKnown("thread " + id + " is not known here yet");
            }
            channel = jda.getChannelById(GuildMessageChannel.class, place.channel());
        }
        if (channel == null) throw new MissingChannel("Discord channel " + id + " is unknown to the bot");
        return channel;
    }

    private Message send(Outgoing o, GuildMessageChannel channel, String text, List<Button> buttons) {
        var request = channel.sendMessage(DiscordText.cut(DiscordText.inert(text), DiscordText.MESSAGE_LIMIT))
                .setNonce(nonce(o)).mentionRepliedUser(false);
        if (!buttons.isEmpty()) request.setComponents(DiscordRender.buttons(buttons));
        return request.complete();
    }

    private Delivery privately(Interaction replyTo, String userId, String text, List<Button> buttons) {
        String cut = DiscordText.cut(DiscordText.inert(text), DiscordText.MESSAGE_LIMIT);
        if (replyTo != null && NAME.equals(replyTo.platform()) && userId.equals(replyTo.userId())) {
            var live = interactions.find(replyTo.id());
            if (live.isPresent()) {
                live.get().answer(cut, buttons.isEmpty() ? List.of() : DiscordRender.buttons(buttons));
                return Delivery.sent(null);
            }
            // Received before a restart: its token still allows follow-ups for 15 minutes.
            if (replyTo.token() != null) {
                try {
                    InteractionHook.from(jda, replyTo.token()).sendMessage(cut).setEphemeral(true).complete();
                    return Delivery.sent(null);
                } catch (RuntimeException e) {
                    log.debug("Interaction token no longer usable ({}); sending a direct message", e.toString());
                }
            }
        }
        Message m = jda.openPrivateChannelById(userId).flatMap(dm -> dm.sendMessage(cut)).complete();
        return Delivery.sent(m.getId());
    }

    private Delivery openForm(Interaction replyTo, Action.OpenForm f) {
        if (replyTo != null && NAME.equals(replyTo.platform())) {
            var live = interactions.find(replyTo.id());
            if (live.isPresent() && live.get().openModal(DiscordRender.modal(f.form()))) return Delivery.sent(null);
        }
        return privately(replyTo, f.userId(), "Open this form from a slash command or button: " + f.form().title(), List.of());
    }

    private Delivery postCard(Outgoing o, Action.PostCard c) {
        var request = target(c.place(), o.attempts()).sendMessageEmbeds(DiscordRender.card(c.card(), this::permalink)).setNonce(nonce(o))
                .mentionRepliedUser(false);
        if (!c.card().buttons().isEmpty()) request.setComponents(DiscordRender.buttons(c.card().buttons()));
        Message m = request.complete();
        cards.remember(NAME, c.card().id(), new CardRefs.Ref(m.getChannelId(), m.getId()));
        return Delivery.sent(m.getId());
    }

    /** A thread on the message (or card) that opened the conversation; its id is that message's id. */
    private Delivery startThread(Action.StartThread t) {
        GuildChannel channel = jda.getGuildChannelById(t.place().channel());
        if (!(channel instanceof IThreadContainer container) || !t.place().isThread()) return Delivery.sent(null); // a forum post is a thread already
        String messageId = cards.platformThread(NAME, t.place().thread());
        if (jda.getChannelById(GuildMessageChannel.class, messageId) != null) return Delivery.sent(messageId);
        try {
            container.createThreadChannel(DiscordText.cut(t.title(), 100), messageId).complete();
        } catch (ErrorResponseException e) {
            if (e.getErrorResponse() != ErrorResponse.THREAD_WITH_THIS_MESSAGE_ALREADY_EXISTS) throw e;
        }
        return Delivery.sent(messageId);
    }

    private Delivery updateCard(Action.UpdateCard u) {
        CardRefs.Ref ref = cards.find(NAME, u.cardId()).orElse(null);
        if (ref == null) return Delivery.failed("no Discord message for card " + u.cardId() + " (it was never posted)");
        GuildMessageChannel channel = jda.getChannelById(GuildMessageChannel.class, ref.channel());
        if (channel == null) return Delivery.failed("Discord channel " + ref.channel() + " of card " + u.cardId() + " is gone");
        channel.editMessageEmbedsById(ref.messageId(), DiscordRender.card(u.card(), this::permalink))
                .setComponents(DiscordRender.buttons(u.card().buttons())).complete();
        return Delivery.sent(ref.messageId());
    }

    @Override
    public String permalink(Place place) {
        String id = place.isThread() ? cards.platformThread(NAME, place.thread()) : place.channel();
        GuildChannel channel = jda.getGuildChannelById(id);
        if (channel == null) channel = jda.getGuildChannelById(place.channel());
        String guild = channel == null ? "@me" : channel.getGuild().getId();
        return "https://discord.com/channels/" + guild + "/" + id;
    }
}
