// Lab copy of the deals columns the duplicate check reads (H2's deals table has more columns;
// only these matter for the query plans measured here).

export const TENANT = 'tenant_main';
export const OTHER_TENANT = 'tenant_other';
export const ACTIVE_STATUSES = ['submitted', 'approved', 'pending_review', 'needs_info'];
export const INACTIVE_STATUSES = ['won', 'lost', 'expired', 'rejected'];

const ACTIVE_SQL = ACTIVE_STATUSES.map((s) => `'${s}'`).join(', ');

export const CREATE_TABLE = `
CREATE EXTENSION IF NOT EXISTS pg_trgm;
DROP TABLE IF EXISTS deals;
CREATE TABLE deals (
  id bigint PRIMARY KEY,
  tenant_id text NOT NULL,
  partner_id text NOT NULL,
  status text NOT NULL,
  company_name text NOT NULL,
  name_norm text NOT NULL,
  name_key text NOT NULL,
  domain_norm text NOT NULL,
  block_keys text[] NOT NULL,
  country text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);`;

// Every index any strategy needs, so one loaded table serves all of them; each strategy's
// EXPLAIN is checked to use its own index (bench prints the plan's index names).
export const INDEXES = {
  // naive baseline: what TOOLCHAIN.md measured
  deals_name_norm_trgm: `CREATE INDEX IF NOT EXISTS deals_name_norm_trgm ON deals USING gin (name_norm gin_trgm_ops)`,
  deals_domain: `CREATE INDEX IF NOT EXISTS deals_domain ON deals (tenant_id, domain_norm)`,
  deals_active_name_key_trgm: `CREATE INDEX IF NOT EXISTS deals_active_name_key_trgm ON deals USING gin (name_key gin_trgm_ops) WHERE status IN (${ACTIVE_SQL})`,
  deals_active_block_keys: `CREATE INDEX IF NOT EXISTS deals_active_block_keys ON deals USING gin (block_keys) WHERE status IN (${ACTIVE_SQL})`,
  deals_active_domain: `CREATE INDEX IF NOT EXISTS deals_active_domain ON deals (tenant_id, domain_norm) WHERE status IN (${ACTIVE_SQL})`,
};

export { ACTIVE_SQL };
