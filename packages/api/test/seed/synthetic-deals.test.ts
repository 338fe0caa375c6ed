import { ACTIVE_DEAL_STATUSES } from '@partnerkit/contracts';
import { like, sql } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { deals } from '../../src/deals/deals.table.js';
import { seedDemo } from '../../src/seed/demo.js';
import { insertSyntheticDeals } from '../../src/seed/synthetic-deals.js';
import { describeBackends } from '../support/index.js';

describeBackends('synthetic deals for the demo tenant', (ctx) => {
  async function synthetic() {
    return ctx.database.db
      .select({
        tenantId: deals.tenantId,
        partnerId: deals.partnerId,
        status: deals.status,
        nameNorm: deals.nameNorm,
        domainNorm: deals.domainNorm,
        country: deals.companyCountry,
        protectedUntil: deals.protectedUntil,
      })
      .from(deals)
      .where(like(deals.id, 'deal_syn_%'));
  }

  it('adds N active deals with normalised columns over several partners', async () => {
    const demo = await seedDemo(ctx.database);
    const result = await insertSyntheticDeals(ctx.database, demo, 500);
    expect(result.inserted).toBe(500);
    expect(result.companies).toHaveLength(500);
    const rows = await synthetic();
    expect(rows).toHaveLength(500);
    const now = Date.now();
    for (const row of rows) {
      expect(row.tenantId).toBe(demo.tenant.id);
      expect(ACTIVE_DEAL_STATUSES).toContain(row.status);
      expect(row.nameNorm.length).toBeGreaterThan(3);
      expect(row.domainNorm).toMatch(/\.example$/);
      if (row.status === 'approved') expect(row.protectedUntil!.getTime()).toBeGreaterThan(now);
    }
    expect(new Set(rows.map((row) => row.partnerId)).size).toBe(demo.partners.length);
    expect(new Set(rows.map((row) => row.country)).size).toBeGreaterThan(2);
    expect(new Set(rows.map((row) => row.nameNorm)).size).toBe(500);
    expect(new Set(rows.map((row) => row.domainNorm)).size).toBe(500);
  });

  it('adds N more on every run, never colliding with the earlier ones', async () => {
    const demo = await seedDemo(ctx.database);
    await insertSyntheticDeals(ctx.database, demo, 300);
    await insertSyntheticDeals(ctx.database, demo, 200);
    const rows = await synthetic();
    expect(rows).toHaveLength(500);
    expect(new Set(rows.map((row) => row.domainNorm)).size).toBe(500);
    const result = await ctx.database.db.execute(
      sql`select count(*)::int as n from deals where tenant_id = ${demo.tenant.id}`,
    );
    const [{ n }] = (result as unknown as { rows: [{ n: number }] }).rows;
    expect(n).toBeGreaterThan(500);
  });
});
