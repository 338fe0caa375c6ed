import type { Database } from '../src/db/database.js';
import { findConflicts } from '../src/deals/conflicts.js';
import { normalizeCompanyName, normalizeDomain } from '../src/deals/normalize.js';
import type { DemoSeedResult } from '../src/seed/demo.js';
import { company, random, typo, type Company } from '../src/seed/synthetic-companies.js';
import { summarize, type Summary } from './stats.js';

/**
 * Times the rules query as POST /v1/deals runs it (its own transaction, threshold included): a third of the samples re-register a seeded
 * customer, a third carry a typo of one, a third are new companies.
 */
export async function benchDuplicateCheck(
  database: Database,
  demo: DemoSeedResult,
  seeded: Company[],
  samples: number,
): Promise<Summary> {
  const next = random(7);
  const partner = demo.partners[0]!;
  const timings: number[] = [];
  for (let i = 0; i < samples; i++) {
    const known = seeded[Math.floor(next() * seeded.length)]!;
    const kind = i % 3;
    const candidate =
      kind === 0
        ? known
        : kind === 1
          ? { name: typo(next, known.name), domain: `typo-${i}.example` }
          : company(next, 10_000_000 + i);
    const started = performance.now();
    await database.db.transaction((tx) =>
      findConflicts(tx, {
        tenantId: demo.tenant.id,
        partnerId: partner.id,
        countries: partner.countries,
        nameNorm: normalizeCompanyName(candidate.name),
        domainNorm: normalizeDomain(candidate.domain),
        country: partner.countries[0]!,
        now: new Date(),
      }),
    );
    timings.push(performance.now() - started);
  }
  return summarize(timings);
}
