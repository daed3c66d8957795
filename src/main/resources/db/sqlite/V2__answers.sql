-- Learning from use: customer messages answered with a macro become pending examples for it;
-- an owner accepts or rejects them. Doc gaps: customer messages no macro fitted.
CREATE TABLE learned_examples (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    macro_id    TEXT    NOT NULL,
    text        TEXT    NOT NULL,
    ticket_id   INTEGER,
    proposed_by TEXT    NOT NULL,
    proposed_at INTEGER NOT NULL,
    status      TEXT    NOT NULL,
    decided_by  TEXT,
    decided_at  INTEGER,
    UNIQUE (macro_id, text)
);
CREATE INDEX learned_examples_status ON learned_examples (status);

CREATE TABLE doc_gaps (
    id        INTEGER PRIMARY KEY AUTOINCREMENT,
    ticket_id INTEGER,
    text      TEXT    NOT NULL,
    at        INTEGER NOT NULL
);
CREATE INDEX doc_gaps_at ON doc_gaps (at);
