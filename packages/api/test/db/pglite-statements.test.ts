import { PGlite } from '@electric-sql/pglite';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PreparedStatementsPglite } from '../../src/db/pglite-statements.js';

let pglite: PGlite;
let client: PreparedStatementsPglite;

beforeEach(async () => {
  pglite = await PGlite.create('memory://');
  await pglite.exec(`create table items (
    id int primary key, name text not null, tags text[], doc jsonb, at timestamptz
  )`);
  client = new PreparedStatementsPglite(pglite, 3);
});
afterEach(() => pglite.close());

/** The statements this session holds prepared, as PostgreSQL lists them. */
async function prepared() {
  const { rows } = await pglite.query<{ statement: string }>(
    'select statement from pg_prepared_statements order by statement',
  );
  return rows.map((row) => row.statement);
}

const INSERT = 'insert into items (id, name, tags, doc, at) values ($1, $2, $3, $4, $5)';

describe('PGlite with prepared statements', () => {
  it('answers as PGlite.query does, and prepares each text once', async () => {
    const at = new Date('2026-11-23T09:00:00Z');
    const insert = await client.query(INSERT, [1, 'Acme', ['a', 'b'], { x: 1 }, at]);
    await client.query(INSERT, [2, 'Globex', null, null, null]);
    expect(insert.affectedRows).toBe(1);

    const select =
      'select id, name, tags, doc, at from items where id = any($1::int[]) order by id';
    const ours = await client.query(select, [[1, 2]]);
    const theirs = await pglite.query(select, [[1, 2]]);
    expect(ours.rows).toEqual(theirs.rows);
    expect(ours.fields).toEqual(theirs.fields);
    expect(ours.rows[0]).toEqual({ id: 1, name: 'Acme', tags: ['a', 'b'], doc: { x: 1 }, at });

    const asArrays = await client.query('select name from items where id = $1', [2], {
      rowMode: 'array',
      parsers: { 25: (value: string) => value.toUpperCase() },
    });
    expect(asArrays.rows).toEqual([['GLOBEX']]);

    expect(await prepared()).toEqual(
      [INSERT, select, 'select name from items where id = $1'].sort(),
    );
  });

  it('reports an error with its query and stays usable', async () => {
    await client.query(INSERT, [1, 'Acme', null, null, null]);
    const failure = await client.query(INSERT, [1, 'Again', null, null, null]).catch((e) => e);
    expect(failure).toMatchObject({ code: '23505', constraint: 'items_pkey', query: INSERT });

    const syntax = await client.query('selec $1', [1]).catch((e) => e);
    expect(syntax).toMatchObject({ code: '42601', query: 'selec $1' });

    const { rows } = await client.query('select count(*)::int as n from items where id > $1', [0]);
    expect(rows).toEqual([{ n: 1 }]);
    expect(await prepared()).not.toContain('selec $1');
  });

  it('keeps a bounded number of statements, closing the oldest', async () => {
    for (let n = 1; n <= 5; n++) {
      await client.query(`select $1::int + ${n} as n`, [1]);
    }
    expect(await prepared()).toEqual([
      'select $1::int + 3 as n',
      'select $1::int + 4 as n',
      'select $1::int + 5 as n',
    ]);
    expect((await client.query('select $1::int + 1 as n', [1])).rows).toEqual([{ n: 2 }]);
  });

  it('runs inside a transaction, which a query outside waits for', async () => {
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    let inserted!: () => void;
    const insertedOnce = new Promise<void>((resolve) => (inserted = resolve));
    const order: string[] = [];
    const transaction = client
      .transaction(async (tx) => {
        await tx.query(INSERT, [1, 'Acme', null, null, null]);
        const { rows } = await tx.query<{ n: number }>(
          'select count(*)::int as n from items where id > $1',
          [0],
        );
        order.push(`inserted, seen ${rows[0]!.n}`);
        inserted();
        await held;
        throw new Error('roll back');
      })
      .catch(() => order.push('rolled back'));
    await insertedOnce;
    const outside = client
      .query<{ n: number }>('select count(*)::int as n from items where id > $1', [0])
      .then(({ rows }) => order.push(`counted ${rows[0]!.n}`));
    await new Promise((resolve) => setTimeout(resolve, 20));
    release();
    await Promise.all([transaction, outside]);

    expect(order).toEqual(['inserted, seen 1', 'rolled back', 'counted 0']);
  });

  it('prepares a text again once a schema change alters what it returns', async () => {
    const select = 'select * from items where id = $1';
    await client.query(INSERT, [1, 'Acme', null, null, null]);
    expect(Object.keys((await client.query(select, [1])).rows[0]!)).toHaveLength(5);

    await pglite.exec('alter table items add column note text');
    await expect(client.query(select, [1])).rejects.toMatchObject({ code: '0A000' });

    expect(Object.keys((await client.query(select, [1])).rows[0]!)).toHaveLength(6);
  });
});
