-- The owner's records: retention purges audit rows by age; privacy requests find a customer's tickets.
CREATE INDEX audit_log_at ON audit_log (at);
CREATE INDEX tickets_customer ON tickets (customer_id);
