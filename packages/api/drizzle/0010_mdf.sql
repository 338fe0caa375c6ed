-- MDF (market development funds): allocations, requests with their timeline and claims, and the
-- ledger behind every balance. mdf_funds holds one row per partner, currency and period with the
-- running totals of its ledger entries; every change of them is a conditional UPDATE of that row
-- in the transaction that writes the entries (src/mdf/ledger.ts), and its CHECKs are the backstop
-- against overspending. files: the rows of uploaded files, which claims cite as proof.
CREATE TABLE "files" (
	"id" text PRIMARY KEY NOT NULL,
	"tenant_id" text NOT NULL,
	"partner_id" text,
	"name" text NOT NULL,
	"size" bigint NOT NULL,
	"content_type" text NOT NULL,
	"storage_key" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "mdf_allocations" (
	"id" text PRIMARY KEY NOT NULL,
	"tenant_id" text NOT NULL,
	"partner_id" text NOT NULL,
	"fund_id" text NOT NULL,
	"amount_value" bigint NOT NULL,
	"currency" text NOT NULL,
	"period_start" date NOT NULL,
	"period_end" date NOT NULL,
	"note" text,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "mdf_funds" (
	"id" text PRIMARY KEY NOT NULL,
	"tenant_id" text NOT NULL,
	"partner_id" text NOT NULL,
	"currency" text NOT NULL,
	"period_start" date NOT NULL,
	"period_end" date NOT NULL,
	"allocated" bigint DEFAULT 0 NOT NULL,
	"pending" bigint DEFAULT 0 NOT NULL,
	"committed" bigint DEFAULT 0 NOT NULL,
	"claimed" bigint DEFAULT 0 NOT NULL,
	"paid" bigint DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "mdf_funds_period_check" CHECK ("mdf_funds"."period_end" >= "mdf_funds"."period_start"),
	CONSTRAINT "mdf_funds_buckets_check" CHECK ("mdf_funds"."allocated" >= 0 and "mdf_funds"."pending" >= 0 and "mdf_funds"."committed" >= 0 and "mdf_funds"."claimed" >= 0 and "mdf_funds"."paid" >= 0),
	CONSTRAINT "mdf_funds_not_overspent_check" CHECK ("mdf_funds"."allocated" - "mdf_funds"."pending" - "mdf_funds"."committed" - "mdf_funds"."claimed" - "mdf_funds"."paid" >= 0)
);
--> statement-breakpoint
CREATE TABLE "mdf_ledger_entries" (
	"id" text PRIMARY KEY NOT NULL,
	"tenant_id" text NOT NULL,
	"fund_id" text NOT NULL,
	"kind" text NOT NULL,
	"bucket" text NOT NULL,
	"amount" bigint NOT NULL,
	"allocation_id" text,
	"request_id" text,
	"created_at" timestamp with time zone NOT NULL,
	"seq" bigserial NOT NULL,
	CONSTRAINT "mdf_ledger_entries_amount_check" CHECK ("mdf_ledger_entries"."amount" <> 0),
	CONSTRAINT "mdf_ledger_entries_subject_check" CHECK (num_nonnulls("mdf_ledger_entries"."allocation_id", "mdf_ledger_entries"."request_id") = 1)
);
--> statement-breakpoint
CREATE TABLE "mdf_claims" (
	"id" text PRIMARY KEY NOT NULL,
	"tenant_id" text NOT NULL,
	"request_id" text NOT NULL,
	"status" text NOT NULL,
	"spend_value" bigint NOT NULL,
	"currency" text NOT NULL,
	"reimbursable_value" bigint NOT NULL,
	"results" jsonb NOT NULL,
	"file_ids" text[] NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"decided_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "mdf_request_events" (
	"id" text PRIMARY KEY NOT NULL,
	"tenant_id" text NOT NULL,
	"request_id" text NOT NULL,
	"type" text NOT NULL,
	"from_status" text,
	"to_status" text NOT NULL,
	"actor" text NOT NULL,
	"note" text,
	"amount_value" bigint,
	"currency" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"seq" bigserial NOT NULL
);
--> statement-breakpoint
CREATE TABLE "mdf_requests" (
	"id" text PRIMARY KEY NOT NULL,
	"tenant_id" text NOT NULL,
	"partner_id" text NOT NULL,
	"user_id" text NOT NULL,
	"fund_id" text NOT NULL,
	"status" text NOT NULL,
	"activity_type" text NOT NULL,
	"coop_rate_bps" integer NOT NULL,
	"proof" jsonb NOT NULL,
	"title" text NOT NULL,
	"description" text,
	"start_date" date NOT NULL,
	"end_date" date NOT NULL,
	"currency" text NOT NULL,
	"amount_value" bigint NOT NULL,
	"approved_value" bigint,
	"reimbursable_value" bigint,
	"paid_value" bigint,
	"payment_reference" text,
	"expected_outcomes" jsonb NOT NULL,
	"campaign_id" text,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "mdf_requests_dates_check" CHECK ("mdf_requests"."end_date" >= "mdf_requests"."start_date"),
	CONSTRAINT "mdf_requests_amounts_check" CHECK ("mdf_requests"."amount_value" > 0 and ("mdf_requests"."approved_value" is null or "mdf_requests"."approved_value" between 1 and "mdf_requests"."amount_value") and ("mdf_requests"."reimbursable_value" is null or "mdf_requests"."reimbursable_value" between 1 and "mdf_requests"."approved_value") and ("mdf_requests"."paid_value" is null or "mdf_requests"."paid_value" between 1 and "mdf_requests"."approved_value"))
);
--> statement-breakpoint
-- The outbox tells MDF request changes too: an event is about a deal or about a request. Existing
-- rows all name a deal, so they meet the check below.
ALTER TABLE "outbox_events" ALTER COLUMN "deal_id" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "outbox_events" ADD COLUMN "mdf_request_id" text;--> statement-breakpoint
ALTER TABLE "files" ADD CONSTRAINT "files_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "files" ADD CONSTRAINT "files_partner_id_partners_id_fk" FOREIGN KEY ("partner_id") REFERENCES "public"."partners"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mdf_allocations" ADD CONSTRAINT "mdf_allocations_partner_id_partners_id_fk" FOREIGN KEY ("partner_id") REFERENCES "public"."partners"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mdf_allocations" ADD CONSTRAINT "mdf_allocations_fund_id_mdf_funds_id_fk" FOREIGN KEY ("fund_id") REFERENCES "public"."mdf_funds"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mdf_funds" ADD CONSTRAINT "mdf_funds_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mdf_funds" ADD CONSTRAINT "mdf_funds_partner_id_partners_id_fk" FOREIGN KEY ("partner_id") REFERENCES "public"."partners"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mdf_ledger_entries" ADD CONSTRAINT "mdf_ledger_entries_fund_id_mdf_funds_id_fk" FOREIGN KEY ("fund_id") REFERENCES "public"."mdf_funds"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mdf_ledger_entries" ADD CONSTRAINT "mdf_ledger_entries_allocation_id_mdf_allocations_id_fk" FOREIGN KEY ("allocation_id") REFERENCES "public"."mdf_allocations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mdf_ledger_entries" ADD CONSTRAINT "mdf_ledger_entries_request_id_mdf_requests_id_fk" FOREIGN KEY ("request_id") REFERENCES "public"."mdf_requests"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mdf_claims" ADD CONSTRAINT "mdf_claims_request_id_mdf_requests_id_fk" FOREIGN KEY ("request_id") REFERENCES "public"."mdf_requests"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mdf_request_events" ADD CONSTRAINT "mdf_request_events_request_id_mdf_requests_id_fk" FOREIGN KEY ("request_id") REFERENCES "public"."mdf_requests"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mdf_requests" ADD CONSTRAINT "mdf_requests_fund_id_mdf_funds_id_fk" FOREIGN KEY ("fund_id") REFERENCES "public"."mdf_funds"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mdf_requests" ADD CONSTRAINT "mdf_requests_partner_user_fk" FOREIGN KEY ("tenant_id","partner_id","user_id") REFERENCES "public"."partner_users"("tenant_id","partner_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "files_storage_key_uq" ON "files" USING btree ("storage_key");--> statement-breakpoint
CREATE INDEX "files_owner_idx" ON "files" USING btree ("tenant_id","partner_id","id");--> statement-breakpoint
CREATE INDEX "mdf_allocations_tenant_created_idx" ON "mdf_allocations" USING btree ("tenant_id","created_at","id");--> statement-breakpoint
CREATE INDEX "mdf_allocations_partner_created_idx" ON "mdf_allocations" USING btree ("tenant_id","partner_id","created_at","id");--> statement-breakpoint
CREATE UNIQUE INDEX "mdf_funds_partner_period_uq" ON "mdf_funds" USING btree ("tenant_id","partner_id","currency","period_start","period_end");--> statement-breakpoint
CREATE INDEX "mdf_ledger_entries_fund_idx" ON "mdf_ledger_entries" USING btree ("fund_id","seq");--> statement-breakpoint
CREATE INDEX "mdf_ledger_entries_request_idx" ON "mdf_ledger_entries" USING btree ("request_id") WHERE request_id is not null;--> statement-breakpoint
CREATE INDEX "mdf_ledger_entries_allocation_idx" ON "mdf_ledger_entries" USING btree ("allocation_id") WHERE allocation_id is not null;--> statement-breakpoint
CREATE INDEX "mdf_claims_request_idx" ON "mdf_claims" USING btree ("request_id","created_at");--> statement-breakpoint
CREATE INDEX "mdf_request_events_request_idx" ON "mdf_request_events" USING btree ("request_id","seq");--> statement-breakpoint
CREATE INDEX "mdf_requests_tenant_created_idx" ON "mdf_requests" USING btree ("tenant_id","created_at","id");--> statement-breakpoint
CREATE INDEX "mdf_requests_partner_created_idx" ON "mdf_requests" USING btree ("tenant_id","partner_id","created_at","id");--> statement-breakpoint
CREATE INDEX "mdf_requests_status_created_idx" ON "mdf_requests" USING btree ("tenant_id","status","created_at","id");--> statement-breakpoint
CREATE INDEX "mdf_requests_fund_idx" ON "mdf_requests" USING btree ("fund_id");--> statement-breakpoint
ALTER TABLE "outbox_events" ADD CONSTRAINT "outbox_events_one_subject_check" CHECK (num_nonnulls(deal_id, mdf_request_id) = 1);