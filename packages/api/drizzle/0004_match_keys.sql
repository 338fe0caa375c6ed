-- Existing rows get empty keys here and their real keys from `backfillMatchKeys` (src/db/migrate.ts)
-- right after this migration: the keys are computed in TypeScript, where registrations compute them.
-- fastupdate is off: every duplicate check would otherwise scan the pending list (up to 4 MB), which
-- cost 5 ms a query at 100k rows; each insert pays for its ~20 keys at once instead.
DROP INDEX "accounts_name_trgm";--> statement-breakpoint
DROP INDEX "deals_active_name_trgm";--> statement-breakpoint
ALTER TABLE "accounts" ADD COLUMN "match_keys" text[] NOT NULL DEFAULT '{}';--> statement-breakpoint
ALTER TABLE "accounts" ALTER COLUMN "match_keys" DROP DEFAULT;--> statement-breakpoint
ALTER TABLE "deals" ADD COLUMN "match_keys" text[] NOT NULL DEFAULT '{}';--> statement-breakpoint
ALTER TABLE "deals" ALTER COLUMN "match_keys" DROP DEFAULT;--> statement-breakpoint
CREATE INDEX "accounts_match_keys" ON "accounts" USING gin ("match_keys") WITH (fastupdate=false);--> statement-breakpoint
CREATE INDEX "deals_active_match_keys" ON "deals" USING gin ("match_keys") WITH (fastupdate=false) WHERE status in ('submitted', 'approved', 'pending_review', 'needs_info');
