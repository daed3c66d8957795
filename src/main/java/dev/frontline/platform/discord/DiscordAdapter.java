package dev.frontline.platform.discord;

import dev.frontline.core.Bot;
import dev.frontline.core.command.Command;
import dev.frontline.core.model.Action;
import dev.frontline.core.model.Channels;
import dev.frontline.core.model.Inbound;
import dev.frontline.core.model.Place;
import dev.frontline.core.model.UserRef;
import dev.frontline.core.port.CardRefs;
import net.dv8tion.jda.api.entities.Member;
import net.dv8tion.jda.api.entities.User;
import net.dv8tion.jda.api.entities.channel.concrete.ThreadChannel;
import net.dv8tion.jda.api.entities.channel.middleman.MessageChannel;
import net.dv8tion.jda.api.events.guild.GuildReadyEvent;
import net.dv8tion.jda.api.events.interaction.ModalInteractionEvent;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.events.interaction.component.ButtonInteractionEvent;
import net.dv8tion.jda.api.events.message.MessageReceivedEvent;
import net.dv8tion.jda.api.events.session.ShutdownEvent;
import net.dv8tion.jda.api.hooks.ListenerAdapter;
import net.dv8tion.jda.api.interactions.callbacks.IModalCallback;
import net.dv8tion.jda.api.interactions.callbacks.IReplyCallback;
import net.dv8tion.jda.api.interactions.commands.OptionMapping;
import net.dv8tion.jda.api.interactions.commands.OptionType;
import net.dv8tion.jda.api.interactions.commands.build.Commands;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;
import net.dv8tion.jda.api.requests.CloseCode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;

/**
 * Turns Discord events into the core's {@link Inbound} values. Tickets live in threads: a forum
 * post, a thread in a ticket channel, or — for a top-level message in a ticket text channel — a
 * thread the bot starts on that message. Interactions are answered within Discord's 3 seconds: a
 * modal when the core asks for a form, otherwise an ephemeral reply.
 */
public final class DiscordAdapter extends ListenerAdapter {
    private static final Logger log = LoggerFactory.getLogger(DiscordAdapter.class);

    private final Bot bot;
    private final Channels channels;
    private final CardRefs cards;
    private final ExecutorService executor;
    private final Runnable onFatal;
    private volatile DiscordPlatform platform;

    /** @param onFatal called when Discord refuses the bot for good (e.g. a privileged intent is not enabled) */
    public DiscordAdapter(Bot bot, Channels channels, CardRefs cards, ExecutorService executor, Runnable onFatal) {
        this.bot = bot;
        this.channels = channels;
        this.cards = cards;
        this.executor = executor;
        this.onFatal = onFatal;
    }

    void attach(DiscordPlatform platform) {
        this.platform = platform;
    }

    @Override
    public void onGuildReady(GuildReadyEvent event) {
        List<SlashCommandData> data = new ArrayList<>();
        for (Command c : bot.commands().all()) {
            data.add(Commands.slash(c.name(), DiscordText.cut(c.summary(), 100))
                    .addOption(OptionType.STRING, "args", DiscordText.cut(c.usage().isBlank() ? "arguments" : c.usage(), 100), false));
        }
        event.getGuild().updateCommands().addCommands(data).queue(ok -> log.info("Registered {} commands in {}", data.size(),
                event.getGuild().getName()), e -> log.warn("Could not register commands in {}: {}", event.getGuild().getName(), e.getMessage()));
    }

    @Override
    public void onShutdown(ShutdownEvent event) {
        if (event.getCloseCode() == CloseCode.DISALLOWED_INTENTS) {
            log.error("Discord refused the bot's intents (close code 4014). Enable the MESSAGE CONTENT intent in the Developer "
                    + "Portal (Bot → Privileged Gateway Intents) and start Frontline again.");
            onFatal.run();
        }
    }

    @Override
    public void onMessageReceived(MessageReceivedEvent e) {
        if (!e.isFromGuild() || e.getAuthor().getId().equals(e.getJDA().getSelfUser().getId())) return;
        String text = e.getMessage().getContentRaw();
        UserRef user = user(e.getAuthor(), e.getMember());
        Instant at = e.getMessage().getTimeCreated().toInstant();
        executor.submit(() -> {
            Place place = place(e.getChannel());
            boolean newTicket = !place.isThread() && channels.isTicketChannel(place.channel()) && !bot.team().isStaff(user.id());
            if (newTicket) place = startThread(e, user);
            deliver(new Inbound.Message(e.getMessageId(), place, user, text, at), null);
        });
    }

    /** Starts a thread on a customer's top-level message; the thread id equals the message id. */
    private Place startThread(MessageReceivedEvent e, UserRef user) {
        try {
            e.getMessage().createThreadChannel(DiscordText.cut("Ticket from " + user.name(), 100)).complete();
        } catch (RuntimeException ex) {
            log.warn("Could not start a thread on message {}: {}", e.getMessageId(), ex.getMessage());
        }
        return new Place(e.getChannel().getId(), e.getMessageId());
    }

    @Override
    public void onSlashCommandInteraction(SlashCommandInteractionEvent e) {
        OptionMapping args = e.getOption("args");
        Inbound in = new Inbound.Command(e.getName(), args == null ? "" : args.getAsString(), place(e.getChannel()),
                user(e.getUser(), e.getMember()), Instant.now());
        executor.submit(() -> answer(e, e, in));
    }

    @Override
    public void onButtonInteraction(ButtonInteractionEvent e) {
        String card = cards.cardAt(DiscordPlatform.NAME, e.getMessageId()).orElse(null);
        Inbound in = new Inbound.Click(e.getComponentId(), card, place(e.getChannel()), user(e.getUser(), e.getMember()), Instant.now());
        executor.submit(() -> answer(e, e, in));
    }

    @Override
    public void onModalInteraction(ModalInteractionEvent e) {
        Map<String, String> values = new HashMap<>();
        e.getValues().forEach(v -> values.put(v.getCustomId(), v.getAsString()));
        Inbound in = new Inbound.FormSubmit(e.getModalId(), values, place(e.getChannel()), user(e.getUser(), e.getMember()), Instant.now());
        executor.submit(() -> answer(e, null, in));
    }

    /** Answers the interaction in time: a modal if the core opens a form for this user, else an ephemeral reply. */
    private void answer(IReplyCallback event, IModalCallback modals, Inbound in) {
        try {
            List<Action> actions = new ArrayList<>(bot.handle(in));
            Action.OpenForm form = actions.stream().filter(a -> a instanceof Action.OpenForm f && f.userId().equals(in.user().id()))
                    .map(a -> (Action.OpenForm) a).findFirst().orElse(null);
            if (form != null && modals != null) {
                actions.remove(form);
                modals.replyModal(DiscordRender.modal(form.form())).complete();
                deliver(actions, null);
                return;
            }
            event.deferReply(true).complete();
            DiscordPlatform.Interaction interaction = new DiscordPlatform.Interaction(event.getHook(), in.user().id());
            boolean privateAnswer = actions.stream().anyMatch(a -> a instanceof Action.PrivateReply p && p.userId().equals(in.user().id()));
            deliver(actions, interaction);
            if (!privateAnswer) event.getHook().sendMessage("Done.").setEphemeral(true).queue();
        } catch (RuntimeException ex) {
            log.error("Discord interaction failed", ex);
        }
    }

    private void deliver(Inbound in, DiscordPlatform.Interaction interaction) {
        deliver(bot.handle(in), interaction);
    }

    private void deliver(List<Action> actions, DiscordPlatform.Interaction interaction) {
        DiscordPlatform p = platform;
        if (p == null) {
            log.warn("Discord event before the platform was ready; dropped");
            return;
        }
        DiscordPlatform.within(interaction, () -> p.performAll(actions));
    }

    private Place place(MessageChannel channel) {
        if (channel instanceof ThreadChannel thread) {
            return new Place(thread.getParentChannel().getId(), cards.coreThread(DiscordPlatform.NAME, thread.getId()));
        }
        return Place.channel(channel.getId());
    }

    private static UserRef user(User user, Member member) {
        String name = member != null ? member.getEffectiveName() : user.getEffectiveName();
        return new UserRef(user.getId(), name);
    }

}
