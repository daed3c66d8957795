package dev.frontline.storage;

import dev.frontline.core.port.DeliveryBacklog;

import java.time.Instant;

/** {@link DeliveryBacklog} from the inbox and outbox tables. */
public final class JdbcBacklog implements DeliveryBacklog {
    private final JdbcInbox inbox;
    private final JdbcOutbox outbox;

    public JdbcBacklog(Database db) {
        this.inbox = new JdbcInbox(db);
        this.outbox = new JdbcOutbox(db);
    }

    @Override
    public Summary of(String platform, Instant now) {
        var b = outbox.backlog(platform, now);
        return new Summary(inbox.unfinished(), b.waiting(), b.retrying(), b.failedLastDay(), b.oldest());
    }
}
