package dev.frontline.platform.discord;

import dev.frontline.core.model.Action;
import dev.frontline.core.model.Audience;
import dev.frontline.core.model.Channels;
import dev.frontline.core.model.Place;
import dev.frontline.core.port.CardRefs;
import dev.frontline.core.port.ChatPlatform;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.channel.middleman.GuildChannel;
import net.dv8tion.jda.api.entities.channel.middleman.GuildMessageChannel;
import net.dv8tion.jda.api.interactions.InteractionHook;
import net.dv8tion.jda.api.utils.FileUpload;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;

/**
 * The core's actions on Discord. A ticket's conversation is a thread whose id is its key, so public
 * replies go into that thread; staff-only notes go to the staff channel with a jump link; a reply
 * for one person is ephemeral while answering their interaction, else a direct message.
 */
public final class DiscordPlatform implements ChatPlatform {
    public static final String NAME = "discord";
    private static final Logger log = LoggerFactory.getLogger(DiscordPlatform.class);
    private static final ThreadLocal<Interaction> CURRENT = new ThreadLocal<>();

    private final JDA jda;
    private final Channels channels;
    private final CardRefs cards;

    /** The interaction being answered: its hook for ephemeral follow-ups, and who it is for. */
    record Interaction(InteractionHook hook, String userId) {}

    public DiscordPlatform(JDA jda, Channels channels, CardRefs cards) {
        this.jda = jda;
        this.channels = channels;
        this.cards = cards;
    }

    @Override
    public String name() {
        return NAME;
    }

    static void within(Interaction interaction, Runnable work) {
        CURRENT.set(interaction);
        try {
            work.run();
        } finally {
            CURRENT.remove();
        }
    }

    @Override
    public void perform(Action action) {
        try {
            if (action instanceof Action.Reply r) send(target(r.place()), r.text(), r.buttons());
            else if (action instanceof Action.StaffNote n) staffNote(n);
            else if (action instanceof Action.PrivateReply p) privately(p.userId(), p.text(), p.buttons());
            else if (action instanceof Action.PostCard c) postCard(c);
            else if (action instanceof Action.UpdateCard u) updateCard(u);
            else if (action instanceof Action.OpenForm f) privately(f.userId(), "Open this form from a slash command or button: "
                    + f.form().title(), List.of());
            else if (action instanceof Action.UploadFile f) upload(f);
        } catch (RuntimeException e) {
            log.error("Could not perform {} on Discord", action.getClass().getSimpleName(), e);
        }
    }

    /** The thread of a ticket (its key is the thread's id), or the channel itself. */
    private GuildMessageChannel target(Place place) {
        String id = place.isThread() ? cards.platformThread(NAME, place.thread()) : place.channel();
        GuildMessageChannel channel = jda.getChannelById(GuildMessageChannel.class, id);
        if (channel == null && place.isThread()) channel = jda.getChannelById(GuildMessageChannel.class, place.channel());
        if (channel == null) throw new IllegalStateException("Discord channel " + id + " is unknown to the bot");
        return channel;
    }

    private void send(GuildMessageChannel channel, String text, List<dev.frontline.core.model.Button> buttons) {
        var request = channel.sendMessage(DiscordText.cut(text, DiscordText.MESSAGE_LIMIT));
        if (!buttons.isEmpty()) request.setComponents(DiscordRender.buttons(buttons));
        request.complete();
    }

    private void staffNote(Action.StaffNote note) {
        Place place = note.place();
        if (!channels.isTicketChannel(place.channel())) {
            send(target(place), note.text(), note.buttons());
            return;
        }
        String text = note.text() + "\n— about " + permalink(place);
        send(target(Place.channel(channels.staff())), text, note.buttons());
    }

    private void privately(String userId, String text, List<dev.frontline.core.model.Button> buttons) {
        Interaction current = CURRENT.get();
        String cut = DiscordText.cut(text, DiscordText.MESSAGE_LIMIT);
        // An interaction token lives 15 minutes; after that the answer goes to the person directly.
        if (current != null && current.userId().equals(userId) && !current.hook().isExpired()) {
            var request = current.hook().sendMessage(cut).setEphemeral(true);
            if (!buttons.isEmpty()) request.setComponents(DiscordRender.buttons(buttons));
            request.complete();
            return;
        }
        jda.openPrivateChannelById(userId).flatMap(dm -> dm.sendMessage(cut)).queue(null,
                e -> log.warn("Could not DM {}: {}", userId, e.getMessage()));
    }

    private void postCard(Action.PostCard c) {
        var request = target(c.place()).sendMessageEmbeds(DiscordRender.card(c.card(), this::permalink));
        if (!c.card().buttons().isEmpty()) request.setComponents(DiscordRender.buttons(c.card().buttons()));
        Message m = request.complete();
        cards.remember(NAME, c.card().id(), new CardRefs.Ref(m.getChannelId(), m.getId()));
        if (opensAConversation(c)) startThread(m, c.card().title());
    }

    /**
     * A public card at the top of a ticket channel starts a conversation (a trial's sample ticket):
     * on Discord tickets live in threads, so it gets one, whose id is the card's message id, where
     * the bot's replies go and where the candidate answers.
     */
    private boolean opensAConversation(Action.PostCard c) {
        return c.audience() == Audience.PUBLIC && !c.place().isThread() && channels.isTicketChannel(c.place().channel());
    }

    private static void startThread(Message card, String title) {
        try {
            card.createThreadChannel(DiscordText.cut(title, 100)).complete();
        } catch (RuntimeException e) {
            // Replies then fall back to the channel itself: worse to read, nothing lost.
            log.warn("Could not start a thread on card message {}: {}", card.getId(), e.getMessage());
        }
    }

    private void updateCard(Action.UpdateCard u) {
        CardRefs.Ref ref = cards.find(NAME, u.cardId()).orElse(null);
        if (ref == null) {
            log.warn("No Discord message for card {}; cannot update it", u.cardId());
            return;
        }
        GuildMessageChannel channel = jda.getChannelById(GuildMessageChannel.class, ref.channel());
        if (channel == null) return;
        channel.editMessageEmbedsById(ref.messageId(), DiscordRender.card(u.card(), this::permalink))
                .setComponents(DiscordRender.buttons(u.card().buttons())).complete();
    }

    private void upload(Action.UploadFile f) {
        target(f.place()).sendMessage(DiscordText.cut(f.caption(), DiscordText.MESSAGE_LIMIT))
                .addFiles(FileUpload.fromData(f.content(), f.fileName())).complete();
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
