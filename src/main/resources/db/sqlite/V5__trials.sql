-- Paid trials: a candidate, the sample tickets they were given, and the scorecard.
CREATE TABLE trials (
    id             INTEGER PRIMARY KEY AUTOINCREMENT,
    platform       TEXT    NOT NULL,
    candidate_id   TEXT    NOT NULL,
    candidate_name TEXT    NOT NULL,
    started_by     TEXT    NOT NULL,
    channel        TEXT    NOT NULL,
    started_at     INTEGER NOT NULL,
    finished_at    INTEGER,
    status         TEXT    NOT NULL,
    current_index  INTEGER NOT NULL DEFAULT 0,
    scorecard      TEXT
);

CREATE TABLE trial_tickets (
    trial_id  INTEGER NOT NULL REFERENCES trials (id),
    idx       INTEGER NOT NULL,
    sample_id TEXT    NOT NULL,
    ticket_id INTEGER NOT NULL REFERENCES tickets (id),
    opened_at INTEGER NOT NULL,
    done_at   INTEGER,
    PRIMARY KEY (trial_id, idx)
);
CREATE UNIQUE INDEX trial_tickets_ticket ON trial_tickets (ticket_id);
