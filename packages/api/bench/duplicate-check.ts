import type { DemoSeedResult } from '../src/seed/demo.js';
import { company, random, typo, type Company } from '../src/seed/synthetic-companies.js';
import type { Check, Probe } from './checks.js';
import { summarize, type Summary } from './stats.js';

/**
 * The timed probes: a third re-register a seeded customer, a third carry a typo of one, a
 * third are new companies; all from the first partner.
 */
export function timingProbes(demo: DemoSeedResult, seeded: Company[], samples: number): Probe[] {
  const next = random(7);
  const partnerId = demo.partners[0]!.id;
  return Array.from({ length: samples }, (_, i) => {
    const known = seeded[Math.floor(next() * seeded.length)]!;
    const kind = i % 3;
    const candidate =
      kind === 0
        ? known
        : kind === 1
          ? { name: typo(next, known.name), domain: `typo-${i}.example` }
          : company(next, 10_000_000 + i);
    return { company: candidate, partnerId };
  });
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
