-- Guardrails (issue 18): the agent's reply that promised a refund, held until the approval card is decided.
ALTER TABLE refunds ADD COLUMN held_text TEXT;
