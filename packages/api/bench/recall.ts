import type { DemoSeedResult } from '../src/seed/demo.js';
import type { SyntheticCompany } from '../src/seed/synthetic-deals.js';
import type { Matcher } from './checks.js';
import { labelledProbes, MATCH_KINDS, type MatchKind } from './probes.js';

export interface Recall {
  /** Share of labelled near-duplicates whose registration was found, 0–1. */
  recall: number;
  byKind: Record<MatchKind, number>;
  /** Share of new companies held against some registration (lower is better: a review each). */
  freshFlagged: number;
  /** Registrations listed per probe, on average: what a reviewer would have to look through. */
  meanMatches: number;
}

export interface RecallResult {
  probesPerKind: number;
  fresh: number;
  ours: Recall;
  naive: Recall;
}

/**
 * Recall as the scale lab measures it: a probe counts only when the registration it was made
 * from is among the matches, not when something else happens to match.
 */
export async function measureRecall(
  demo: DemoSeedResult,
  seeded: SyntheticCompany[],
  matchers: { ours: Matcher; naive: Matcher },
  probesPerKind = 60,
  fresh = 80,
): Promise<RecallResult> {
  const probes = labelledProbes(demo, seeded, probesPerKind, fresh, 4242);
  const score = async (matcher: Matcher): Promise<Recall> => {
    const found = Object.fromEntries(MATCH_KINDS.map((kind) => [kind, 0])) as Record<
      MatchKind,
      number
    >;
    let flagged = 0;
    let listed = 0;
    for (const { kind, probe, expectId } of probes) {
      const matches = await matcher(probe);
      listed += matches.length;
      if (kind === 'fresh') flagged += matches.length > 0 ? 1 : 0;
      else if (expectId !== null && matches.includes(expectId)) found[kind]++;
    }
    const labelled = MATCH_KINDS.length * probesPerKind;
    return {
      recall: MATCH_KINDS.reduce((sum, kind) => sum + found[kind], 0) / labelled,
      byKind: Object.fromEntries(
        MATCH_KINDS.map((kind) => [kind, found[kind] / probesPerKind]),
      ) as Record<MatchKind, number>,
      freshFlagged: flagged / fresh,
      meanMatches: listed / probes.length,
    };
  };
  return {
    probesPerKind,
    fresh,
    ours: await score(matchers.ours),
    naive: await score(matchers.naive),
  };
}
