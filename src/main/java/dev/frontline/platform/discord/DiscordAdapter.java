package dev.frontline.platform.discord;

import dev.frontline.core.Bot;
import dev.frontline.core.command.Command;
import dev.frontline.core.model.Action;
import dev.frontline.core.model.Inbound;
import dev.frontline.core.model.Place;
import dev.frontline.core.model.UserRef;
import dev.frontline.core.port.CardRefs;
import dev.frontline.core.port.Interaction;
import dev.frontline.dispatch.Dispatcher;
import dev.frontline.dispatch.Envelope;
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
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Turns Discord events into the core's {@link Inbound} values and hands them to the
 * {@link Dispatcher}, which stores each one (key: the message or interaction id) before it is
 * handled, so a redelivered dispatch is handled once. Tickets live in threads: a forum post, a
 * thread in a ticket channel, or a thread the bot starts on a customer's top-level message (the
 * core asks for it). Interactions are answered within Discord's 3 seconds: by the core's modal or
 * private reply when it comes in time, else with a holding "thinking…" and follow-ups.
 * One bad dispatch is logged and skipped; the listener goes on.
 */
public final class DiscordAdapter extends ListenerAdapter {
    private static final Logger log = LoggerFactory.getLogger(DiscordAdapter.class);

    private final Bot bot;
    private final Dispatcher dispatcher;
    private final CardRefs cards;
    private final LiveInteractions interactions;
    private final ScheduledExecutorService timer;
    private final Runnable onFatal;

    /** @param onFatal called when Discord refuses the bot for good (e.g. a privileged intent is not enabled) */
    public DiscordAdapter(Bot bot, Dispatcher dispatcher, CardRefs cards, LiveInteractions interactions, ScheduledExecutorService timer,
                          Runnable onFatal) {
        this.bot = bot;
        this.dispatcher = dispatcher;
        this.cards = cards;
        this.interactions = interactions;
        this.timer = timer;
        this.onFatal = onFatal;
    }

    @Override
    public void onGuildReady(GuildReadyEvent event) {
        List<SlashCommandData> data = new ArrayList<>();
        for (Command c : bot.commands(DiscordPlatform.NAME).all()) {
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
        try {
            if (!e.isFromGuild() || e.getAuthor().getId().equals(e.getJDA().getSelfUser().getId())) return;
            String text = e.getMessage().getContentRaw();
            if (text == null || text.isBlank()) return;
            Inbound in = new Inbound.Message(e.getMessageId(), place(e.getChannel()), user(e.getAuthor(), e.getMember()), text,
                    e.getMessage().getTimeCreated().toInstant());
            dispatcher.receive(new Envelope("discord:msg:" + e.getMessageId(), in, null));
        } catch (RuntimeException ex) {
            // The gateway does not redeliver: a message that cannot be stored is logged with its id.
            log.error("Could not take Discord message {}", e.getMessageId(), ex);
        }
    }

    @Override
    public void onSlashCommandInteraction(SlashCommandInteractionEvent e) {
        OptionMapping args = e.getOption("args");
        take(e, e, () -> new Inbound.Command(e.getName(), args == null ? "" : args.getAsString(), place(e.getChannel()),
                user(e.getUser(), e.getMember()), Instant.now()));
    }

    @Override
    public void onButtonInteraction(ButtonInteractionEvent e) {
        take(e, e, () -> new Inbound.Click(e.getComponentId(), cards.cardAt(DiscordPlatform.NAME, e.getMessageId()).orElse(null),
                place(e.getChannel()), user(e.getUser(), e.getMember()), Instant.now()));
    }

    @Override
    public void onModalInteraction(ModalInteractionEvent e) {
        take(e, null, () -> {
            Map<String, String> values = new HashMap<>();
            e.getValues().forEach(v -> values.put(v.getCustomId(), v.getAsString()));
            return new Inbound.FormSubmit(e.getModalId(), values, place(e.getChannel()), user(e.getUser(), e.getMember()), Instant.now());
        });
    }

    /**
     * Stores the interaction and keeps it answerable. The core's private reply or modal answers it
     * when it comes within two seconds; otherwise it is held open ("thinking…") and answered by
     * follow-up; an interaction the core had nothing to say to gets "Done.".
     */
    private void take(IReplyCallback event, IModalCallback modals, java.util.function.Supplier<Inbound> inbound) {
        String id = event.getId();
        try {
            Inbound in = inbound.get();
            interactions.register(id, event, modals);
            Envelope envelope = new Envelope("discord:interaction:" + id, in,
                    new Interaction(DiscordPlatform.NAME, id, event.getToken(), in.user().id()));
            var handled = dispatcher.receiveWatched(envelope);
            if (handled.isEmpty()) {
                // Another replica stored it first: it answers; answering here too would take its reply away.
                interactions.forget(id);
                return;
            }
            timer.schedule(() -> interactions.find(id).ifPresent(live -> safely(live::deferIfUnanswered)),
                    LiveInteractions.DEFER_AFTER.toMillis(), TimeUnit.MILLISECONDS);
            handled.ifPresent(f -> f.thenAccept(actions -> {
                if (!answersTheCaller(actions, in.user().id())) interactions.find(id).ifPresent(live -> safely(() -> live.answer("Done.", List.of())));
            }));
        } catch (RuntimeException ex) {
            log.error("Could not take Discord interaction {}", id, ex);
            safely(() -> event.reply("Sorry, that could not be taken right now; please try again.").setEphemeral(true).queue());
        }
    }

    private static boolean answersTheCaller(List<Action> actions, String userId) {
        return actions.stream().anyMatch(a -> a instanceof Action.PrivateReply p && p.userId().equals(userId)
                || a instanceof Action.OpenForm f && f.userId().equals(userId));
    }

    private static void safely(Runnable r) {
        try {
            r.run();
        } catch (RuntimeException e) {
            log.warn("Answering a Discord interaction failed: {}", e.toString());
        }
    }

    private Place place(MessageChannel channel) {
        if (channel instanceof ThreadChannel thread) {
            return new Place(DiscordPlatform.NAME, thread.getParentChannel().getId(), cards.coreThread(DiscordPlatform.NAME, thread.getId()));
        }
        return Place.channel(DiscordPlatform.NAME, channel.getId());
    }

    private static UserRef user(User user, Member member) {
        String name = member != null ? member.getEffectiveName() : user.getEffectiveName();
        return new UserRef(user.getId(), name);
    }
}
