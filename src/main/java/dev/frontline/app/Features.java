package dev.frontline.app;

import dev.frontline.core.Bot;
import dev.frontline.core.Feature;
import dev.frontline.core.model.Channels;
import dev.frontline.core.ticket.TicketCommands;
import dev.frontline.core.ticket.TicketService;
import dev.frontline.schedule.RoutineRunner;

import java.util.ArrayList;
import java.util.List;

/**
 * The composition root: every feature of the bot, wired in one explicit list. To add a
 * capability, construct its Feature here.
 */
final class Features {
    private Features() {}

    static PlatformBot forPlatform(AppContext ctx, String platform) {
        Channels channels = ConfigMapping.channels(ctx.config(), platform);
        TicketService tickets = new TicketService(platform, ctx.tickets(), ctx.team(), channels, ConfigMapping.texts(ctx.config()));

        List<Feature> features = new ArrayList<>();
        features.add(new TicketCommands(tickets, ctx.team()));

        Bot bot = new Bot(ctx.team(), tickets, features);
        return new PlatformBot(platform, bot, new RoutineRunner(bot.routines(), ctx.onceGuard()), channels);
    }
}
