CREATE TABLE "accounts" (
	"id" text PRIMARY KEY NOT NULL,
	"tenant_id" text NOT NULL,
	"name" text NOT NULL,
	"name_norm" text NOT NULL,
	"domain" text,
	"domain_norm" text,
	"country" text NOT NULL,
	"external_id" text,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "deal_events" (
	"id" text PRIMARY KEY NOT NULL,
	"tenant_id" text NOT NULL,
	"deal_id" text NOT NULL,
	"type" text NOT NULL,
	"from_status" text,
	"to_status" text,
	"actor" text NOT NULL,
	"note" text,
	"created_at" timestamp with time zone NOT NULL,
	"seq" bigserial NOT NULL
);
--> statement-breakpoint
CREATE TABLE "deals" (
	"id" text PRIMARY KEY NOT NULL,
	"tenant_id" text NOT NULL,
	"partner_id" text NOT NULL,
	"user_id" text NOT NULL,
	"status" text NOT NULL,
	"company_name" text NOT NULL,
	"company_domain" text NOT NULL,
	"company_country" text NOT NULL,
	"name_norm" text NOT NULL,
	"domain_norm" text NOT NULL,
	"contact" jsonb NOT NULL,
	"products" jsonb NOT NULL,
	"amount_value" bigint NOT NULL,
	"amount_currency" text NOT NULL,
	"expected_close_date" date NOT NULL,
	"deal_type" text NOT NULL,
	"co_sell" boolean NOT NULL,
	"notes" text,
	"custom_fields" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"reasons" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"protected_until" timestamp with time zone,
	"extensions_used" integer DEFAULT 0 NOT NULL,
	"assigned_manager" jsonb,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "extension_requests" (
	"id" text PRIMARY KEY NOT NULL,
	"tenant_id" text NOT NULL,
	"deal_id" text NOT NULL,
	"status" text NOT NULL,
	"reason" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"decided_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "accounts" ADD CONSTRAINT "accounts_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "deal_events" ADD CONSTRAINT "deal_events_deal_id_deals_id_fk" FOREIGN KEY ("deal_id") REFERENCES "public"."deals"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "deals" ADD CONSTRAINT "deals_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "deals" ADD CONSTRAINT "deals_partner_id_partners_id_fk" FOREIGN KEY ("partner_id") REFERENCES "public"."partners"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "deals" ADD CONSTRAINT "deals_user_id_partner_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."partner_users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "extension_requests" ADD CONSTRAINT "extension_requests_deal_id_deals_id_fk" FOREIGN KEY ("deal_id") REFERENCES "public"."deals"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "accounts_external_id_uq" ON "accounts" USING btree ("tenant_id","external_id") WHERE external_id is not null;--> statement-breakpoint
CREATE INDEX "accounts_tenant_domain_idx" ON "accounts" USING btree ("tenant_id","domain_norm");--> statement-breakpoint
CREATE INDEX "accounts_tenant_name_idx" ON "accounts" USING btree ("tenant_id","name_norm");--> statement-breakpoint
CREATE INDEX "accounts_name_trgm" ON "accounts" USING gin ("name_norm" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "deal_events_deal_idx" ON "deal_events" USING btree ("tenant_id","deal_id","seq");--> statement-breakpoint
CREATE UNIQUE INDEX "deals_active_domain_uq" ON "deals" USING btree ("tenant_id","domain_norm") WHERE status in ('submitted', 'approved', 'pending_review', 'needs_info');--> statement-breakpoint
CREATE UNIQUE INDEX "deals_active_name_uq" ON "deals" USING btree ("tenant_id","name_norm") WHERE status in ('submitted', 'approved', 'pending_review', 'needs_info');--> statement-breakpoint
CREATE INDEX "deals_active_name_trgm" ON "deals" USING gin ("name_norm" gin_trgm_ops) WHERE status in ('submitted', 'approved', 'pending_review', 'needs_info');--> statement-breakpoint
CREATE INDEX "deals_tenant_domain_idx" ON "deals" USING btree ("tenant_id","domain_norm");--> statement-breakpoint
CREATE INDEX "deals_tenant_created_idx" ON "deals" USING btree ("tenant_id","created_at","id");--> statement-breakpoint
CREATE INDEX "deals_partner_created_idx" ON "deals" USING btree ("tenant_id","partner_id","created_at","id");--> statement-breakpoint
CREATE UNIQUE INDEX "extension_requests_one_pending_uq" ON "extension_requests" USING btree ("deal_id") WHERE status = 'pending';--> statement-breakpoint
CREATE INDEX "extension_requests_deal_idx" ON "extension_requests" USING btree ("tenant_id","deal_id");