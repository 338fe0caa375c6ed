import { sql } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { rowsOf } from '../../src/db/rows.js';
import { describeBackends } from '../support/index.js';

describeBackends('match keys column', (ctx) => {
  it('compares bytewise on deals and accounts (migration 0007)', async () => {
    const result = await ctx.database.db.execute(sql`
      select c.relname as "table", co.collname as collation
      from pg_attribute a
        join pg_class c on c.oid = a.attrelid
        join pg_collation co on co.oid = a.attcollation
      where c.relname in ('deals', 'accounts') and a.attname = 'match_keys'
      order by c.relname`);
    expect(rowsOf(result)).toEqual([
      { table: 'accounts', collation: 'C' },
      { table: 'deals', collation: 'C' },
    ]);
  });
});
