import { describe, expect, it } from 'vitest';
import { parseArgs } from '../../bench/args.js';
import { naiveMatches, ourMatches } from '../../bench/checks.js';
import { withNaiveIndex } from '../../bench/naive-index.js';
import { measureRecall } from '../../bench/recall.js';
import { judge } from '../../bench/targets.js';
import { seedDemo } from '../../src/seed/demo.js';
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
