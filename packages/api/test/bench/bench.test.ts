import { describe, expect, it } from 'vitest';
import { parseArgs } from '../../bench/args.js';
import { naiveCheck, ourCheck } from '../../bench/checks.js';
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
  it('finds labelled near-duplicates with our check and the naive one', async () => {
    const demo = await seedDemo(ctx.database);
    const seeded = await insertSyntheticDeals(ctx.database, demo, 600, PROGRAMME_PROFILE);
    const result = await measureRecall(
      demo,
      seeded.companies,
      { ours: ourCheck(ctx.database, demo), naive: naiveCheck(ctx.database, demo) },
      8,
    );
    expect(result.ours.byKind.domain_only).toBe(1);
    expect(result.naive.byKind.domain_only).toBe(1);
    expect(result.ours.recall).toBeGreaterThan(0.8);
    expect(result.naive.recall).toBeGreaterThan(0.8);
    expect(result.ours.freshFlagged).toBeLessThan(0.5);
  });
});
