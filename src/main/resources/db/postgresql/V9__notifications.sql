-- Notification policy (issue 17): how often each undecided card was reminded, the one live
-- "Pending decisions" message per platform (its last text, so it is edited only when it changes),
-- and how each owner or lead wants reminders (/notify dm|channel|off).
CREATE TABLE card_reminders (
    platform     TEXT    NOT NULL,
    card_id      TEXT    NOT NULL,
    sent         BIGINT NOT NULL,
    last_sent_at BIGINT NOT NULL,
    PRIMARY KEY (platform, card_id)
);

CREATE TABLE pending_queue (
    platform  TEXT    PRIMARY KEY,
    text      TEXT    NOT NULL,
    at        BIGINT NOT NULL
);

CREATE TABLE notify_modes (
    platform TEXT NOT NULL,
    user_id  TEXT NOT NULL,
    mode     TEXT NOT NULL,
    PRIMARY KEY (platform, user_id)
);

