package dev.frontline.app;

import dev.frontline.config.BotConfig;
import dev.frontline.config.FrontlineConfig;
import dev.frontline.core.model.Channels;
import dev.frontline.core.model.Person;
import dev.frontline.core.model.Role;
import dev.frontline.core.model.Tier;
import dev.frontline.core.team.Team;
import dev.frontline.core.ticket.TicketTexts;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Turns validated config records into the core's values. */
final class ConfigMapping {
    private ConfigMapping() {}

    static Team team(BotConfig config) {
        List<Person> people = config.frontline().team().stream()
                .map(m -> new Person(m.name(), Role.valueOf(m.role().toUpperCase(Locale.ROOT)), m.ids(),
                        m.tier() == null ? Tier.TIER1 : Tier.parse(m.tier()).orElse(Tier.TIER1), m.guardedUntil()))
                .toList();
        return new Team(people);
    }

    /** The channels of one platform; fails with a clear message when config has none for it. */
    static Channels channels(BotConfig config, String platform) {
        FrontlineConfig.PlatformChannels c = config.frontline().channels().get(platform);
        if (c == null) {
            throw new IllegalStateException("bot-config/frontline.yaml has no channels for " + platform
                    + ": add 'channels: " + platform + ":' with tickets, owner and team");
        }
        Set<String> tickets = new HashSet<>();
        for (String t : c.tickets()) tickets.add(t.replaceFirst("^#", ""));
        return new Channels(platform, tickets, c.owner().replaceFirst("^#", ""), c.team().replaceFirst("^#", ""),
                (c.staff() == null ? c.team() : c.staff()).replaceFirst("^#", ""));
    }

    static TicketTexts texts(BotConfig config) {
        FrontlineConfig.Messages m = config.frontline().messages();
        if (m == null) return TicketTexts.defaults();
        return new TicketTexts(m.ticketOpened(), m.ticketResolved(), m.ticketReopened()).orDefaults();
    }

    /** {@code retention:} in frontline.yaml; absent keeps everything. */
    static dev.frontline.core.records.Retention retention(BotConfig config) {
        var r = config.frontline().retention();
        return r == null ? dev.frontline.core.records.Retention.FOREVER : new dev.frontline.core.records.Retention(r.messages(), r.audit());
    }
}
