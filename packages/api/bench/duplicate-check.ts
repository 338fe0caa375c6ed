import type { DemoSeedResult } from '../src/seed/demo.js';
import type { SyntheticCompany } from '../src/seed/synthetic-deals.js';
import type { Check, Probe } from './checks.js';
import { labelledProbes, MATCH_KINDS } from './probes.js';
import { summarize, type Summary } from './stats.js';

/**
 * The timed probes: every labelled kind of near-duplicate in equal shares plus as many new
 * companies, from another seed than the recall probes.
 */
export function timingProbes(
  demo: DemoSeedResult,
  seeded: SyntheticCompany[],
  samples: number,
): Probe[] {
  const perKind = Math.max(1, Math.floor(samples / (MATCH_KINDS.length + 1)));
  const fresh = Math.max(1, samples - perKind * MATCH_KINDS.length);
  return labelledProbes(demo, seeded, perKind, fresh, 7).map(({ probe }) => probe);
}

/** Runs the probes one at a time and times each. */
export async function timeCheck(check: Check, probes: Probe[]): Promise<Summary> {
  const timings: number[] = [];
  for (const probe of probes) {
    const started = performance.now();
    await check(probe);
    timings.push(performance.now() - started);
  }
  return summarize(timings);
}
