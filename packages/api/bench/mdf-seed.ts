import type { MdfPeriod, MdfRequestStatus } from '@partnerkit/contracts';
import { eq, sql } from 'drizzle-orm';
import type { App } from '../src/app.js';
import type { Database } from '../src/db/database.js';
import { rowsOf } from '../src/db/rows.js';
import { STANDARD_MDF_ACTIVITY_TYPES } from '../src/mdf/activity-types.js';
import { createAllocation } from '../src/mdf/allocations.js';
import { mdfFunds } from '../src/mdf/funds.table.js';
import { movementsBetween, moveFunds, placeOf, writeEntries } from '../src/mdf/ledger.js';
import { mdfRequests, type MdfRequestRow } from '../src/mdf/requests.table.js';
import { NO_BRANDING } from '../src/partners/partners.service.js';
import { partnerUsers, partners } from '../src/partners/partners.table.js';
import { seedTenant } from '../src/seed/tenant.js';

/** The shape: every partner holds this many requests on its one fund. */
export const REQUESTS_PER_PARTNER = 40;

const PERIOD: MdfPeriod = { start: '2027-01-01', end: '2027-03-31' };
const ALLOCATION = 5_000_000;
/** Partners written or allocated at a time: a few per pool connection, each its own transaction. */
const CONCURRENCY = 8;
const INSERT_BATCH = 500;

export interface MdfBenchSeed {
  tenantId: string;
  secretKey: string;
  partners: { id: string; userId: string }[];
  seconds: number;
}

async function inBatches<T>(items: T[], size: number, run: (batch: T[]) => Promise<unknown>) {
  for (let i = 0; i < items.length; i += size) await run(items.slice(i, i + size));
}

/** Where the partners' and the channel managers' moves lead; the requests take turns in them. */
const STATUSES: MdfRequestStatus[] = [
  'submitted',
  'needs_info',
  'approved',
  'rejected',
  'claim_submitted',
  'claim_approved',
  'claim_rejected',
  'paid',
];
const APPROVED: MdfRequestStatus[] = [
  'approved',
  'claim_submitted',
  'claim_approved',
  'claim_rejected',
  'paid',
];
const CLAIMED: MdfRequestStatus[] = ['claim_submitted', 'claim_approved', 'paid'];

/**
 * A request as it stands in `status` after the steps that led there: each status takes one
 * share, and the amounts follow the rules of approval (at most the request), claim (at most the
 * approval) and payment (the claim).
 */
function requestRow(
  tenantId: string,
  partner: { id: string; userId: string },
  fundId: string,
  n: number,
  now: Date,
): MdfRequestRow {
  const webinar = STANDARD_MDF_ACTIVITY_TYPES.find((type) => type.key === 'webinar')!;
  const status = STATUSES[n % STATUSES.length]!;
  const amount = 10_000 + ((n * 7919) % 90_000);
  const approved = APPROVED.includes(status) ? Math.round(amount * 0.9) : null;
  const reimbursable =
    approved !== null && CLAIMED.includes(status) ? Math.round(approved * 0.8) : null;
  return {
    id: `mdfr_bench_${partner.id}_${n}`,
    tenantId,
    partnerId: partner.id,
    userId: partner.userId,
    fundId,
    status,
    activityType: webinar.key,
    coopRateBps: webinar.coopRateBps,
    proof: webinar.proof,
    title: `Bench webinar ${n + 1}`,
    description: null,
    startDate: PERIOD.start,
    endDate: PERIOD.start,
    currency: 'USD',
    amountValue: amount,
    approvedValue: approved,
    reimbursableValue: reimbursable,
    paidValue: status === 'paid' ? reimbursable : null,
    paymentReference: status === 'paid' ? `BENCH-${n}` : null,
    expectedOutcomes: { attendees: 100, leads: 20 },
    campaignId: null,
    createdAt: now,
    updatedAt: now,
  };
}

/**
 * One partner's requests in one transaction: the rows at their current status, the fund moved
 * once by all their holds (ledger.ts's conditional update), and each request's ledger lines.
 * The lines are the net of each request's history (`movementsBetween(null, place)`), so they
 * add up by bucket to what its real steps would have left; timelines and claims, which the
 * balance never reads, are not written.
 */
async function seedRequests(
  database: Database,
  tenantId: string,
  partner: { id: string; userId: string },
  now: Date,
) {
  await database.db.transaction(async (tx) => {
    const [fund] = await tx
      .select({ id: mdfFunds.id })
      .from(mdfFunds)
      .where(eq(mdfFunds.partnerId, partner.id));
    const rows = Array.from({ length: REQUESTS_PER_PARTNER }, (_, n) =>
      requestRow(tenantId, partner, fund!.id, n, now),
    );
    const movements = rows.map((row) => movementsBetween(null, placeOf(row.status, row)));
    const moved = await moveFunds(tx, eq(mdfFunds.id, fund!.id), movements.flat(), now);
    if (!moved) throw new Error(`the fund of ${partner.id} does not cover its requests`);
    await tx.insert(mdfRequests).values(rows);
    for (const [index, row] of rows.entries()) {
      await writeEntries(tx, moved, { requestId: row.id }, movements[index]!, now);
    }
  });
}

/** Funds whose totals differ from the sums of their ledger lines; none after a good seed. */
export async function fundsNotExplained(database: Database): Promise<number> {
  const [row] = rowsOf<{ n: number | string }>(
    await database.db.execute(sql`
      select count(*) as n
      from mdf_funds f
      left join (
        select fund_id,
          sum(amount) filter (where bucket = 'allocated') as allocated,
          sum(amount) filter (where bucket = 'pending') as pending,
          sum(amount) filter (where bucket = 'committed') as committed,
          sum(amount) filter (where bucket = 'claimed') as claimed,
          sum(amount) filter (where bucket = 'paid') as paid
        from mdf_ledger_entries group by fund_id
      ) l on l.fund_id = f.id
      where (f.allocated, f.pending, f.committed, f.claimed, f.paid) is distinct from
        (coalesce(l.allocated, 0), coalesce(l.pending, 0), coalesce(l.committed, 0),
         coalesce(l.claimed, 0), coalesce(l.paid, 0))`),
  );
  return Number(row!.n);
}

/**
 * A tenant with `count` partners, one user each, a USD allocation each through the allocation
 * service, and `REQUESTS_PER_PARTNER` requests each in every status, then VACUUM (ANALYZE) of
 * the MDF tables, as after any bulk load.
 */
export async function seedMdfBench(
  database: Database,
  count: number,
  now: Date,
): Promise<MdfBenchSeed> {
  const started = performance.now();
  const tenant = await seedTenant(database, { name: 'MDF bench', allowedOrigins: [] });
  const tenantId = tenant.tenant.id;
  const seeded = Array.from({ length: count }, (_, i) => ({
    id: `par_bench_${String(i).padStart(5, '0')}`,
    userId: `usr_bench_${String(i).padStart(5, '0')}`,
  }));
  await inBatches(seeded, INSERT_BATCH, async (batch) => {
    await database.db.insert(partners).values(
      batch.map((partner) => ({
        id: partner.id,
        tenantId,
        name: `Bench partner ${partner.id}`,
        type: 'reseller' as const,
        tier: 'silver' as const,
        countries: ['US'],
        branding: NO_BRANDING,
      })),
    );
    await database.db.insert(partnerUsers).values(
      batch.map((partner) => ({
        id: partner.userId,
        tenantId,
        partnerId: partner.id,
        name: 'Bench User',
        email: `${partner.userId}@bench.example`,
      })),
    );
  });
  await inBatches(seeded, CONCURRENCY, (batch) =>
    Promise.all(
      batch.map((partner) =>
        createAllocation(
          database.db,
          tenantId,
          { partnerId: partner.id, period: PERIOD, amount: { value: ALLOCATION, currency: 'USD' } },
          now,
        ),
      ),
    ),
  );
  await inBatches(seeded, CONCURRENCY, (batch) =>
    Promise.all(batch.map((partner) => seedRequests(database, tenantId, partner, now))),
  );
  for (const table of ['mdf_funds', 'mdf_allocations', 'mdf_requests', 'mdf_ledger_entries']) {
    await database.db.execute(sql.raw(`vacuum (analyze) ${table}`));
  }
  return {
    tenantId,
    secretKey: tenant.secretKey,
    partners: seeded,
    seconds: (performance.now() - started) / 1000,
  };
}

/** A day-long session token for each partner, minted by `POST /v1/partner-sessions`. */
export async function partnerSessions(app: App, seed: MdfBenchSeed): Promise<string[]> {
  const tokens: string[] = [];
  await inBatches(seed.partners, CONCURRENCY, async (batch) => {
    const minted = await Promise.all(
      batch.map(async (partner) => {
        const response = await app.request('/v1/partner-sessions', {
          method: 'POST',
          headers: {
            Authorization: `Bearer ${seed.secretKey}`,
            'Content-Type': 'application/json',
          },
          body: JSON.stringify({
            partnerId: partner.id,
            userId: partner.userId,
            ttlSeconds: 86_400,
          }),
        });
        if (response.status !== 201) throw new Error(`${response.status} ${await response.text()}`);
        return ((await response.json()) as { token: string }).token;
      }),
    );
    tokens.push(...minted);
  });
  return tokens;
}
