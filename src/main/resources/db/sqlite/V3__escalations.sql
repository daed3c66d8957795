-- Escalation cards and their one decision; refunds granted or requested; the audit log of
-- everything that changes money or permissions.
CREATE TABLE escalations (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    ticket_id    INTEGER NOT NULL REFERENCES tickets (id),
    category     TEXT    NOT NULL,
    asked        TEXT    NOT NULL,
    tried        TEXT    NOT NULL,
    next1        TEXT    NOT NULL,
    next2        TEXT    NOT NULL,
    route        TEXT    NOT NULL,
    channel      TEXT    NOT NULL,
    created_by   TEXT    NOT NULL,
    created_at   INTEGER NOT NULL,
    status       TEXT    NOT NULL,
    decided_by   TEXT,
    decision     TEXT,
    reason       TEXT,
    decided_at   INTEGER,
    refund_id    INTEGER
);
CREATE INDEX escalations_status ON escalations (status);

CREATE TABLE refunds (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    ticket_id   INTEGER NOT NULL REFERENCES tickets (id),
    customer_id TEXT    NOT NULL,
    amount      REAL    NOT NULL,
    reason      TEXT    NOT NULL,
    requested_by TEXT   NOT NULL,
    requested_at INTEGER NOT NULL,
    status      TEXT    NOT NULL
);
CREATE INDEX refunds_customer ON refunds (customer_id, requested_at);

CREATE TABLE audit_log (
    id      INTEGER PRIMARY KEY AUTOINCREMENT,
    at      INTEGER NOT NULL,
    actor   TEXT    NOT NULL,
    action  TEXT    NOT NULL,
    subject TEXT    NOT NULL,
    detail  TEXT
);
