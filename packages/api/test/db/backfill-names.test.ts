import { eq, inArray, like, sql } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { accounts } from '../../src/accounts/accounts.table.js';
import type { Database } from '../../src/db/database.js';
import { migrate } from '../../src/db/migrate.js';
import {
  backfillKeysChangedIn0006,
  backfillMatchKeys,
  renormalizeNames,
} from '../../src/db/backfill-names.js';
import { deals } from '../../src/deals/deals.table.js';
import { storedMatchKeys } from '../../src/deals/match-keys.js';
import { seedDemo, seedDemoTenant } from '../../src/seed/demo.js';
import { insertSyntheticDeals } from '../../src/seed/synthetic-deals.js';
import { describeBackends } from '../support/index.js';
import { describeEmptyDatabases, migrateBefore } from '../support/older-schema.js';

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

/**
 * The ids, in order, of `count` synthetic deals over the demo tenant. On a database of an older
 * schema, seed with `seedDemoTenant`: the tenant without the families' demo data.
 */
async function syntheticDeals(
  database: Database,
  count: number,
  seed: typeof seedDemo = seedDemo,
): Promise<string[]> {
  const demo = await seed(database);
  await insertSyntheticDeals(database, demo, count);
  const rows = await database.db
    .select({ id: deals.id })
    .from(deals)
    .where(like(deals.id, 'deal_syn_%'))
    .orderBy(deals.id);
  return rows.map((row) => row.id);
}

describeBackends('names that migration 0009 normalises further', (ctx) => {
  it('are normalised again with their keys, unless another active deal holds the new name', async () => {
    const ids = await syntheticDeals(ctx.database, 30);
    // As rows written before 0009 hold them: the legal form partly left in name_norm.
    const before = [
      { companyName: 'Kavak SAPI de CV', nameNorm: 'kavak sapi de', status: 'approved' },
      {
        companyName: 'Orinoco S. de R.L. de C.V.',
        nameNorm: 'orinoco s de rl de',
        status: 'submitted',
      },
      // Another active deal is 'infosys' already: this one keeps its name.
      { companyName: 'Infosys Private Limited', nameNorm: 'infosys private', status: 'approved' },
      { companyName: 'Infosys Ltd', nameNorm: 'infosys', status: 'approved' },
      // Both become 'zeta' in one batch: the first by id takes it.
      { companyName: 'Zeta SAPI de CV', nameNorm: 'zeta sapi de', status: 'approved' },
      { companyName: 'Zeta S.A.B. de C.V.', nameNorm: 'zeta sab de', status: 'pending_review' },
      // Not active: free to share its name with an active deal.
      { companyName: 'Infosys Private Limited', nameNorm: 'infosys private', status: 'lost' },
    ] as const;
    for (const [i, row] of before.entries()) {
      await ctx.database.db
        .update(deals)
        .set({ ...row, matchKeys: ['w:stale'] })
        .where(eq(deals.id, ids[i]!));
    }
    const untouched = ids[before.length]!;
    await ctx.database.db
      .update(deals)
      .set({ matchKeys: ['w:kept'] })
      .where(eq(deals.id, untouched));
    const [account] = await ctx.database.db.select({ id: accounts.id }).from(accounts).limit(1);
    await ctx.database.db
      .update(accounts)
      .set({
        name: 'Betterware S.A.B. de C.V.',
        nameNorm: 'betterware sab de',
        matchKeys: ['w:stale'],
      })
      .where(eq(accounts.id, account!.id));

    expect(await renormalizeNames(ctx.database.db)).toBe(5);

    const after = await ctx.database.db
      .select({ id: deals.id, nameNorm: deals.nameNorm, matchKeys: deals.matchKeys })
      .from(deals)
      .where(inArray(deals.id, ids.slice(0, before.length + 1)));
    const dealOf = (i: number) => after.find((row) => row.id === ids[i])!;
    const expected = [
      'kavak',
      'orinoco',
      'infosys private',
      'infosys',
      'zeta',
      'zeta sab de',
      'infosys',
    ];
    expect(expected.map((_, i) => dealOf(i).nameNorm)).toEqual(expected);
    for (const i of [0, 1, 4, 6]) {
      expect(dealOf(i).matchKeys).toEqual(storedMatchKeys(expected[i]!));
    }
    for (const i of [2, 3, 5]) expect(dealOf(i).matchKeys).toEqual(['w:stale']);
    expect(dealOf(before.length).matchKeys).toEqual(['w:kept']);
    const [renamed] = await ctx.database.db
      .select({ nameNorm: accounts.nameNorm, matchKeys: accounts.matchKeys })
      .from(accounts)
      .where(eq(accounts.id, account!.id));
    expect(renamed).toEqual({ nameNorm: 'betterware', matchKeys: storedMatchKeys('betterware') });
  });
});

describeEmptyDatabases(
  'names that migration 0009 normalises further, written before it',
  (openEmpty) => {
    it('are normalised when the database migrates, and not again after', async () => {
      const database = await openEmpty();
      await migrateBefore(database, 9);
      const [first, second] = await syntheticDeals(database, 2, seedDemoTenant);
      const stale = {
        companyName: 'Kavak SAPI de CV',
        nameNorm: 'kavak sapi de',
        matchKeys: ['w:stale'],
      };
      await database.db.update(deals).set(stale).where(eq(deals.id, first!));

      await migrate(database);
      await database.db
        .update(deals)
        .set({ ...stale, companyName: 'Zeta SAPI de CV', nameNorm: 'zeta sapi de' })
        .where(eq(deals.id, second!));
      await migrate(database);

      const rows = await database.db
        .select({ id: deals.id, nameNorm: deals.nameNorm, matchKeys: deals.matchKeys })
        .from(deals)
        .where(inArray(deals.id, [first!, second!]))
        .orderBy(deals.id);
      expect(rows).toEqual([
        { id: first, nameNorm: 'kavak', matchKeys: storedMatchKeys('kavak') },
        { id: second, nameNorm: 'zeta sapi de', matchKeys: ['w:stale'] },
      ]);
    });
  },
);
