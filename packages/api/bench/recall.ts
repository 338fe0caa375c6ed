import type { DemoSeedResult } from '../src/seed/demo.js';
import { company, random, typo } from '../src/seed/synthetic-companies.js';
import type { SyntheticCompany } from '../src/seed/synthetic-deals.js';
import type { Check, Probe } from './checks.js';

/** How a labelled probe differs from the seeded customer it must be matched to. */
const KINDS = ['typo', 'suffix_swap', 'upper_case', 'domain_only'] as const;
type Kind = (typeof KINDS)[number];

export interface Recall {
  /** Share of labelled near-duplicates flagged, 0–1. */
  recall: number;
  byKind: Record<Kind, number>;
  /** Share of new companies flagged (lower is better; they only cost a review). */
  freshFlagged: number;
}

export interface RecallResult {
  probesPerKind: number;
  fresh: number;
  ours: Recall;
  naive: Recall;
}

const SUFFIXES = /\s(GmbH|AG|Inc\.|Ltd|SAS|S\.L\.|B\.V\.|LLC)$/;

function variant(next: () => number, kind: Kind, seeded: SyntheticCompany, i: number) {
  switch (kind) {
    case 'typo':
      return { name: typo(next, seeded.name), domain: `probe-${i}.example` };
    case 'suffix_swap':
      return {
        name: SUFFIXES.test(seeded.name)
          ? seeded.name.replace(SUFFIXES, ' Holding')
          : `${seeded.name} GmbH`,
        domain: `probe-${i}.example`,
      };
    case 'upper_case':
      return { name: seeded.name.toUpperCase(), domain: `probe-${i}.example` };
    case 'domain_only':
      return { name: company(next, 30_000_000 + i).name, domain: seeded.domain };
  }
}

/**
 * Labelled probes in the manner of the scale lab's, smaller: variants of seeded customers that
 * still hold (registered by another partner, so the fuzzy rule applies) and new companies that
 * must not match. Both checks answer the same probes.
 */
export async function measureRecall(
  demo: DemoSeedResult,
  seeded: SyntheticCompany[],
  checks: { ours: Check; naive: Check },
  probesPerKind = 50,
): Promise<RecallResult> {
  const next = random(4242);
  const holding = seeded.filter((row) => row.holds);
  const labelled: { kind: Kind; probe: Probe }[] = [];
  for (const kind of KINDS) {
    for (let n = 0; n < probesPerKind; n++) {
      const target = holding[Math.floor(next() * holding.length)]!;
      const other = demo.partners.find((partner) => partner.id !== target.partnerId)!;
      const i = labelled.length;
      labelled.push({
        kind,
        probe: { company: variant(next, kind, target, i), partnerId: other.id },
      });
    }
  }
  const fresh: Probe[] = Array.from({ length: probesPerKind }, (_, i) => ({
    company: company(next, 40_000_000 + i),
    partnerId: demo.partners[i % demo.partners.length]!.id,
  }));

  const score = async (check: Check): Promise<Recall> => {
    const hits = Object.fromEntries(KINDS.map((kind) => [kind, 0])) as Record<Kind, number>;
    for (const { kind, probe } of labelled) if (await check(probe)) hits[kind]++;
    let flagged = 0;
    for (const probe of fresh) if (await check(probe)) flagged++;
    const found = KINDS.reduce((sum, kind) => sum + hits[kind], 0);
    return {
      recall: found / labelled.length,
      byKind: Object.fromEntries(KINDS.map((kind) => [kind, hits[kind] / probesPerKind])) as Record<
        Kind,
        number
      >,
      freshFlagged: flagged / fresh.length,
    };
  };
  return {
    probesPerKind,
    fresh: fresh.length,
    ours: await score(checks.ours),
    naive: await score(checks.naive),
  };
}
