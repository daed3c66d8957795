-- The sender claims the oldest unfinished actions of a platform: an index of just those, in id
-- order, so a claim stops after the rows it takes instead of sorting every waiting row.
CREATE INDEX outbox_open ON outbox (platform, id) WHERE status IN ('PENDING', 'CHECK', 'SENDING');
CREATE INDEX inbox_open ON inbox (lane, id) WHERE status = 'PENDING';
