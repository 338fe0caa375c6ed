-- Less for every registration to write (issue 4, POST /v1/deals throughput).
-- One foreign key from a deal to its user, of that partner, of that tenant, instead of three: each
-- was a lookup that locked its parent row, and the composite one also says the three belong together.
CREATE UNIQUE INDEX "partner_users_tenant_partner_id_uq" ON "partner_users" USING btree ("tenant_id","partner_id","id");--> statement-breakpoint
ALTER TABLE "deals" DROP CONSTRAINT "deals_tenant_id_tenants_id_fk";--> statement-breakpoint
ALTER TABLE "deals" DROP CONSTRAINT "deals_partner_id_partners_id_fk";--> statement-breakpoint
ALTER TABLE "deals" DROP CONSTRAINT "deals_user_id_partner_users_id_fk";--> statement-breakpoint
ALTER TABLE "deals" ADD CONSTRAINT "deals_partner_user_fk" FOREIGN KEY ("tenant_id","partner_id","user_id") REFERENCES "public"."partner_users"("tenant_id","partner_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
-- No query reads deals by domain but for the active ones, which deals_active_domain_uq serves.
DROP INDEX "deals_tenant_domain_idx";--> statement-breakpoint
-- Outbox rows get their stream_seq when dispatched; until then no reader looks them up by it, so
-- the two indexes on it hold dispatched rows only and an insert writes no entry in them.
ALTER TABLE "outbox_events" DROP CONSTRAINT "outbox_events_stream_seq_unique";--> statement-breakpoint
CREATE UNIQUE INDEX "outbox_events_stream_seq_uq" ON "outbox_events" USING btree ("stream_seq") WHERE stream_seq is not null;--> statement-breakpoint
DROP INDEX "outbox_events_partner_stream_idx";--> statement-breakpoint
CREATE INDEX "outbox_events_partner_stream_idx" ON "outbox_events" USING btree ("tenant_id","partner_id","stream_seq") WHERE stream_seq is not null;
