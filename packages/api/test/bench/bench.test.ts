import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { parseArgs } from '../../bench/args.js';
import { naiveMatches, ourMatches } from '../../bench/checks.js';
import { withNaiveIndex } from '../../bench/naive-index.js';
import { VARIANTS } from '../../bench/probes.js';
import { measureRecall } from '../../bench/recall.js';
import { judge } from '../../bench/targets.js';
import { typoDistance, withinTwoTypos, wordsContained } from '../../bench/near-duplicates.js';
import { similarity } from '../../bench/trigram-similarity.js';
import { rowsOf } from '../../src/db/rows.js';
import { normalizeCompanyName } from '../../src/deals/normalize.js';
import { seedDemo } from '../../src/seed/demo.js';
import { random, uniqueCompanies } from '../../src/seed/synthetic-companies.js';
import { insertSyntheticDeals, PROGRAMME_PROFILE } from '../../src/seed/synthetic-deals.js';
import { describeBackends } from '../support/index.js';

describe('bench targets and options', () => {
  it('judges a target only at the row count it names', () => {
    expect(judge('postgres', 1_000_000, 'checkP95', 9.9).verdict).toBe('met');
    expect(judge('postgres', 1_000_000, 'checkP95', 10.1).verdict).toBe('missed');
    expect(judge('postgres', 100_000, 'checkP95', 99).verdict).toBe('n/a at this size');
    expect(judge('pglite', 100_000, 'checkP95', 6).verdict).toBe('missed');
    expect(judge('pglite', 100_000, 'postRequestsPerSecond', 300).verdict).toBe('met');
    expect(judge('postgres', 100_000, 'postRequestsPerSecond', 999).verdict).toBe('missed');
    expect(judge('postgres', 100_000, 'postP99', 50).verdict).toBe('met');
    expect(judge('pglite', 100_000, 'postP99', 500).verdict).toBe('no target');
  });

  it('takes --rows, --backend and --json', () => {
    const options = parseArgs(['--rows', '20000', '--backend=postgres', '--json']);
    expect(options).toMatchObject({ rows: 20_000, backends: ['postgres'], json: true });
    expect(parseArgs([]).json).toBe(false);
    expect(parseArgs([]).backends).toEqual(['pglite', 'postgres']);
  });
});

describeBackends('bench recall probes', (ctx) => {
  it('finds labelled near-duplicates with our check at least as often as the naive one', async () => {
    const demo = await seedDemo(ctx.database);
    const seeded = await insertSyntheticDeals(ctx.database, demo, 600, PROGRAMME_PROFILE);
    const result = await withNaiveIndex(ctx.database, () =>
      measureRecall(
        demo,
        seeded.companies,
        { ours: ourMatches(ctx.database, demo), naive: naiveMatches(ctx.database, demo) },
        10,
        10,
      ),
    );
    // What the keys promise whatever the data: exact forms, reordered words and one typo.
    for (const kind of ['suffix_swap', 'case', 'domain_only', 'reorder', 'typo1'] as const) {
      expect(result.ours.byKind[kind], kind).toBe(1);
    }
    expect(result.ours.recall).toBeGreaterThanOrEqual(result.naive.recall);
    expect(result.ours.meanMatches).toBeLessThan(result.naive.meanMatches);
  });
});

describeBackends('bench: the key lab scores as pg_trgm does', (ctx) => {
  it('computes similarity exactly as pg_trgm on names of every shape', async () => {
    const companies = uniqueCompanies(random(5));
    const next = random(6);
    const pairs: [string, string][] = Array.from({ length: 60 }, (_, i) => {
      const { name } = companies.next().value;
      const kind = (['typo2', 'reorder', 'missing_word', 'suffix_swap'] as const)[i % 4]!;
      return [normalizeCompanyName(name), normalizeCompanyName(VARIANTS[kind](next, name))];
    });
    pairs.push(['', 'acme'], ['o', 'o'], ['münchen bau', 'muenchen bau']);
    const result = await ctx.database.db.execute(
      sql`select similarity(a, b)::float8 as score
          from unnest(${sql.param(pairs.map(([a]) => a))}::text[],
                      ${sql.param(pairs.map(([, b]) => b))}::text[])
            with ordinality as p(a, b, i) order by i`,
    );
    const { rows } = result as unknown as { rows: { score: number }[] };
    expect(rows.map((row) => Number(row.score.toFixed(6)))).toEqual(
      pairs.map(([a, b]) => Number(similarity(a, b).toFixed(6))),
    );
  });
});

describeBackends('bench: the key lab judges near-duplicates as SQL does', (ctx) => {
  it('counts typos and compares words as within_two_typos and string_to_array do', async () => {
    const companies = uniqueCompanies(random(8));
    const next = random(9);
    const kinds = ['typo1', 'typo2', 'reorder', 'missing_word'] as const;
    const pairs: [string, string][] = Array.from({ length: 80 }, (_, i) => {
      const { name } = companies.next().value;
      const variant = VARIANTS[kinds[i % kinds.length]!](next, name);
      return [normalizeCompanyName(name), normalizeCompanyName(variant)];
    });
    const long = 'a'.repeat(254);
    pairs.push(
      ['', ''],
      ['', 'ab'],
      ['ab', 'ba'],
      ['abcdef', 'badcfe'],
      ['kitten', 'sitting'],
      ['müller bau', 'mülelr bau'],
      ['smith', 'smith logistics'],
      [long, `${long}bc`],
      [`${long}b`, `${long}bc`],
      [`${long}bc`, `${long}cb`],
    );
    const result = await ctx.database.db.execute(
      sql`select within_two_typos(a, b) as typos,
            string_to_array(a, ' ') <@ string_to_array(b, ' ')
              or string_to_array(a, ' ') @> string_to_array(b, ' ') as contained
          from unnest(${sql.param(pairs.map(([a]) => a))}::text[],
                      ${sql.param(pairs.map(([, b]) => b))}::text[])
            with ordinality as p(a, b, i) order by i`,
    );
    const rows = rowsOf<{ typos: boolean; contained: boolean }>(result);
    expect(rows).toEqual(
      pairs.map(([a, b]) => ({ typos: withinTwoTypos(a, b), contained: wordsContained(a, b) })),
    );
    // The pairs exercise both answers of each test, and the swaps that only OSA counts as one.
    expect(new Set(rows.map((row) => row.typos))).toEqual(new Set([true, false]));
    expect(new Set(rows.map((row) => row.contained))).toEqual(new Set([true, false]));
    expect(typoDistance('abcdef', 'badcfe')).toBe(3);
    expect(typoDistance('ab', 'ba')).toBe(1);
  });
});
