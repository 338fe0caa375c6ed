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

/** Probes for the warm-up: the same mix from another seed, so no timed probe is seen before. */
export function warmUpProbes(demo: DemoSeedResult, seeded: SyntheticCompany[]): Probe[] {
  const perKind = Math.ceil(WARM_UP_CHECKS / (MATCH_KINDS.length + 1));
  return labelledProbes(demo, seeded, perKind, perKind, 11)
    .map(({ probe }) => probe)
    .slice(0, WARM_UP_CHECKS);
}

/**
 * Checks run untimed first: an API process that has served a while has its pool's connections
 * open and its prepared statements planned (PostgreSQL plans a statement's first five runs on
 * each connection one by one before it settles on a generic plan).
 */
export const WARM_UP_CHECKS = 100;

/** Runs the probes one at a time and times each, after a warm-up on other probes. */
export async function timeCheck(
  check: Check,
  probes: Probe[],
  warmUp: Probe[] = [],
): Promise<Summary> {
  for (const probe of warmUp) await check(probe);
  const timings: number[] = [];
  for (const probe of probes) {
    const started = performance.now();
    await check(probe);
    timings.push(performance.now() - started);
  }
  return summarize(timings);
}
