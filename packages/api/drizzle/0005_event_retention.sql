-- Outbox retention (src/outbox/retention.ts) deletes old events; the cascade finds their
-- deliveries by this index instead of reading the whole table for each event.
CREATE INDEX "webhook_deliveries_event_idx" ON "webhook_deliveries" USING btree ("event_id");
