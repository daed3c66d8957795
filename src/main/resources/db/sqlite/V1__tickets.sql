-- Tickets, their history, and the bookkeeping platforms need (once-only keys, card locations).
-- Times are epoch milliseconds (UTC).
CREATE TABLE tickets (
    id                INTEGER PRIMARY KEY AUTOINCREMENT,
    platform          TEXT    NOT NULL,
    channel           TEXT    NOT NULL,
    thread            TEXT    NOT NULL,
    customer_id       TEXT    NOT NULL,
    customer_name     TEXT    NOT NULL,
    subject           TEXT    NOT NULL,
    status            TEXT    NOT NULL,
    assignee          TEXT,
    tier              TEXT    NOT NULL,
    opened_at         INTEGER NOT NULL,
    updated_at        INTEGER NOT NULL,
    first_response_at INTEGER,
    resolved_at       INTEGER,
    UNIQUE (platform, channel, thread)
);
CREATE INDEX tickets_status ON tickets (status);

CREATE TABLE ticket_tags (
    ticket_id INTEGER NOT NULL REFERENCES tickets (id),
    tag       TEXT    NOT NULL,
    PRIMARY KEY (ticket_id, tag)
);

CREATE TABLE ticket_events (
    id        INTEGER PRIMARY KEY AUTOINCREMENT,
    ticket_id INTEGER NOT NULL REFERENCES tickets (id),
    type      TEXT    NOT NULL,
    actor_id  TEXT,
    text      TEXT,
    detail    TEXT,
    at        INTEGER NOT NULL
);
CREATE INDEX ticket_events_ticket ON ticket_events (ticket_id, id);
CREATE INDEX ticket_events_at ON ticket_events (at);

CREATE TABLE once_keys (
    key        TEXT PRIMARY KEY,
    claimed_at INTEGER NOT NULL
);

CREATE TABLE card_refs (
    platform   TEXT NOT NULL,
    card_id    TEXT NOT NULL,
    channel    TEXT NOT NULL,
    message_id TEXT NOT NULL,
    PRIMARY KEY (platform, card_id)
);
CREATE INDEX card_refs_message ON card_refs (platform, message_id);
