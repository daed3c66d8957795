-- Shift notes (priorities at the start, notes before the summary), posted summaries, SLA due
-- times, and CSAT answers (one per resolution of a ticket).
CREATE TABLE shift_notes (
    id        INTEGER PRIMARY KEY AUTOINCREMENT,
    shift_key TEXT    NOT NULL,
    kind      TEXT    NOT NULL,
    author    TEXT    NOT NULL,
    text      TEXT    NOT NULL,
    at        INTEGER NOT NULL
);
CREATE INDEX shift_notes_shift ON shift_notes (shift_key);

CREATE TABLE shift_summaries (
    shift_key TEXT    NOT NULL,
    kind      TEXT    NOT NULL,
    text      TEXT    NOT NULL,
    at        INTEGER NOT NULL,
    PRIMARY KEY (shift_key, kind)
);

CREATE TABLE sla_due (
    ticket_id INTEGER PRIMARY KEY REFERENCES tickets (id),
    due_at    INTEGER NOT NULL
);

CREATE TABLE csat (
    ticket_id   INTEGER NOT NULL REFERENCES tickets (id),
    resolved_at INTEGER NOT NULL,
    customer_id TEXT    NOT NULL,
    helpful     INTEGER NOT NULL,
    comment     TEXT,
    answered_at INTEGER NOT NULL,
    PRIMARY KEY (ticket_id, resolved_at)
);
