import { eq, inArray, like, sql } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { accounts } from '../../src/accounts/accounts.table.js';
import { backfillKeysChangedIn0006, backfillMatchKeys } from '../../src/db/backfill-match-keys.js';
import { deals } from '../../src/deals/deals.table.js';
import { storedMatchKeys } from '../../src/deals/match-keys.js';
import { seedDemo } from '../../src/seed/demo.js';
import { insertSyntheticDeals } from '../../src/seed/synthetic-deals.js';
import { describeBackends } from '../support/index.js';

describeBackends('match keys of rows written before migration 0004', (ctx) => {
  it('are computed by the backfill, in batches, for deals and accounts', async () => {
    const demo = await seedDemo(ctx.database);
    await insertSyntheticDeals(ctx.database, demo, 5_200);
    // What migration 0004 leaves behind: every existing row with empty keys.
    await ctx.database.db.execute(sql`update deals set match_keys = '{}'`);
    await ctx.database.db.execute(sql`update accounts set match_keys = '{}'`);

    const updated = await backfillMatchKeys(ctx.database.db);

    const dealRows = await ctx.database.db
      .select({ nameNorm: deals.nameNorm, matchKeys: deals.matchKeys })
      .from(deals);
    const accountRows = await ctx.database.db
      .select({ nameNorm: accounts.nameNorm, matchKeys: accounts.matchKeys })
      .from(accounts);
    expect(updated).toBe(dealRows.length + accountRows.length);
    expect(dealRows.length).toBeGreaterThan(5_000);
    expect(accountRows.length).toBeGreaterThan(0);
    for (const row of [...dealRows, ...accountRows]) {
      expect(row.matchKeys).toEqual(storedMatchKeys(row.nameNorm));
    }
  });

  it('leaves rows that have keys alone', async () => {
    const demo = await seedDemo(ctx.database);
    await insertSyntheticDeals(ctx.database, demo, 20);
    await ctx.database.db
      .update(deals)
      .set({ matchKeys: ['w:kept'] })
      .where(like(deals.id, 'deal_syn_%'));
    await backfillMatchKeys(ctx.database.db);
    const rows = await ctx.database.db
      .select({ matchKeys: deals.matchKeys })
      .from(deals)
      .where(like(deals.id, 'deal_syn_%'));
    expect(rows.map((row) => row.matchKeys)).toEqual(rows.map(() => ['w:kept']));
  });
});

describeBackends('match keys that migration 0006 changed', (ctx) => {
  it('are rewritten for generic-only names and letters outside the BMP, and no other row', async () => {
    const demo = await seedDemo(ctx.database);
    await insertSyntheticDeals(ctx.database, demo, 30);
    const rows = await ctx.database.db
      .select({ id: deals.id })
      .from(deals)
      .where(like(deals.id, 'deal_syn_%'));
    const [generic, astral, other] = rows.map((row) => row.id);
    const names = { generic: 'global cloud services', astral: '𠮷𠮷野家 logistics' };
    await ctx.database.db
      .update(deals)
      .set({ nameNorm: names.generic, matchKeys: ['w:stale'] })
      .where(eq(deals.id, generic!));
    await ctx.database.db
      .update(deals)
      .set({ nameNorm: names.astral, matchKeys: ['w:stale'] })
      .where(eq(deals.id, astral!));
    await ctx.database.db
      .update(deals)
      .set({ matchKeys: ['w:kept'] })
      .where(eq(deals.id, other!));

    expect(await backfillKeysChangedIn0006(ctx.database.db)).toBe(2);

    const after = await ctx.database.db
      .select({ id: deals.id, matchKeys: deals.matchKeys })
      .from(deals)
      .where(inArray(deals.id, [generic!, astral!, other!]));
    const keysOf = (id: string) => after.find((row) => row.id === id)!.matchKeys;
    expect(keysOf(generic!)).toEqual(storedMatchKeys(names.generic));
    expect(keysOf(generic!).some((key) => key.startsWith('g:'))).toBe(true);
    expect(keysOf(astral!)).toEqual(storedMatchKeys(names.astral));
    expect(keysOf(other!)).toEqual(['w:kept']);
  });
});
