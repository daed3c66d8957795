package dev.frontline.app;

import dev.frontline.config.BotConfig;
import dev.frontline.config.Secrets;
import dev.frontline.config.TrialConfig;
import dev.frontline.core.answers.AnswerBank;
import dev.frontline.core.answers.Library;
import dev.frontline.core.escalation.LivePhrasebook;
import dev.frontline.core.port.CardRefs;
import dev.frontline.core.port.OnceGuard;
import dev.frontline.core.port.TicketStore;
import dev.frontline.core.team.Team;
import dev.frontline.storage.Database;

import java.nio.file.Path;
import java.util.Optional;

/** What every platform's bot shares: config, storage, the team and the metrics. Built once per process. */
record AppContext(BotConfig config, Optional<TrialConfig> trial, Path macrosDir, Path dataDir, Secrets secrets,
                  Database database, TicketStore tickets, OnceGuard onceGuard, CardRefs cardRefs, Team team,
                  Library library, AnswerBank answers, LivePhrasebook phrasebook, dev.frontline.ops.Metrics metrics,
                  Optional<dev.frontline.web.WebAccess> web)
        implements AutoCloseable {

    /** {@code /dashboard}'s links: the web view's when FRONTLINE_WEB_PORT is set, else none. */
    dev.frontline.core.port.DashboardLinks dashboardLinks() {
        return web.<dev.frontline.core.port.DashboardLinks>map(w -> w).orElse(dev.frontline.core.port.DashboardLinks.OFF);
    }

    @Override
    public void close() {
        database.close();
        if (answers.bankEmbedder() instanceof AutoCloseable c) {
            try {
                c.close();
            } catch (Exception e) {
                // the vector cache is only a cache; nothing to lose on close
            }
        }
    }
}
