-- The unit of work: every inbound event is stored (inbox) before it is acknowledged and marked
-- done with its effects; every outgoing action is stored (outbox) with the transaction that
-- produced it and delivered by a sender that retries. Tickets carry a version for optimistic
-- locking. Money is stored in integer minor units. Times are epoch milliseconds (UTC).
ALTER TABLE tickets ADD COLUMN version INTEGER NOT NULL DEFAULT 0;

CREATE TABLE inbox (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    event_key   TEXT    NOT NULL UNIQUE,
    platform    TEXT    NOT NULL,
    lane        TEXT    NOT NULL,
    payload     TEXT    NOT NULL,
    interaction TEXT,
    status      TEXT    NOT NULL,
    attempts    INTEGER NOT NULL DEFAULT 0,
    next_attempt_at INTEGER NOT NULL,
    received_at INTEGER NOT NULL,
    done_at     INTEGER,
    error       TEXT
);
CREATE INDEX inbox_lane ON inbox (lane, status, id);
CREATE INDEX inbox_status ON inbox (status, next_attempt_at);
CREATE INDEX inbox_received ON inbox (received_at);

CREATE TABLE outbox (
    id              INTEGER PRIMARY KEY AUTOINCREMENT,
    platform        TEXT    NOT NULL,
    order_key       TEXT    NOT NULL,
    card_id         TEXT,
    action          TEXT    NOT NULL,
    interaction     TEXT,
    status          TEXT    NOT NULL,
    attempts        INTEGER NOT NULL DEFAULT 0,
    next_attempt_at INTEGER NOT NULL,
    lease_until     INTEGER,
    leased_by       TEXT,
    created_at      INTEGER NOT NULL,
    sent_at         INTEGER,
    platform_ref    TEXT,
    error           TEXT
);
CREATE INDEX outbox_due ON outbox (platform, status, next_attempt_at, id);
CREATE INDEX outbox_order ON outbox (order_key, status, id);
CREATE INDEX outbox_card ON outbox (card_id);

ALTER TABLE refunds ADD COLUMN amount_minor INTEGER NOT NULL DEFAULT 0;
ALTER TABLE refunds ADD COLUMN currency TEXT;
UPDATE refunds SET amount_minor = CAST(ROUND(amount * 100) AS INTEGER);
ALTER TABLE refunds DROP COLUMN amount;

ALTER TABLE escalations ADD COLUMN approved_option INTEGER;

-- Shift notes and summaries belong to one platform's desk.
ALTER TABLE shift_notes ADD COLUMN platform TEXT NOT NULL DEFAULT 'console';
ALTER TABLE shift_summaries RENAME TO shift_summaries_v5;
CREATE TABLE shift_summaries (
    platform  TEXT    NOT NULL,
    shift_key TEXT    NOT NULL,
    kind      TEXT    NOT NULL,
    text      TEXT    NOT NULL,
    at        INTEGER NOT NULL,
    PRIMARY KEY (platform, shift_key, kind)
);
INSERT INTO shift_summaries (platform, shift_key, kind, text, at) SELECT 'console', shift_key, kind, text, at FROM shift_summaries_v5;
DROP TABLE shift_summaries_v5;
