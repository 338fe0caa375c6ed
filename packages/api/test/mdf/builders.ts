import type { MdfBalance, MdfClaimInput, MdfRequestInput } from '@partnerkit/contracts';
import { eq, sql } from 'drizzle-orm';
import { expect } from 'vitest';
import type { App } from '../../src/app.js';
import type { Database } from '../../src/db/database.js';
import { newId } from '../../src/db/ids.js';
import { rowsOf } from '../../src/db/rows.js';
import { files } from '../../src/files/files.table.js';
import { mdfFunds } from '../../src/mdf/funds.table.js';
import { partnerTokens } from '../deals/builders.js';
import {
  call,
  seedTestTenant,
  type BackendContext,
  type TestPartner,
  type TestTenant,
} from '../support/index.js';

/** The quarter the tests' clock stands in. */
export const QUARTER = { start: '2026-07-01', end: '2026-09-30' } as const;
export const NOW = '2026-08-15T10:00:00Z';

/**
 * A file row as `POST /v1/files` writes it, straight into the table, for claims that need a
 * file's id and not its bytes. `partnerId: null` is a vendor's file.
 */
export async function insertFile(
  database: Database,
  owner: { tenantId: string; partnerId: string | null },
  name = 'invoice.pdf',
): Promise<string> {
  const id = newId('file');
  await database.db.insert(files).values({
    id,
    tenantId: owner.tenantId,
    partnerId: owner.partnerId,
    name,
    size: 12_345,
    contentType: 'application/pdf',
    storageKey: `test/${id}`,
  });
  return id;
}

export function requestInput(overrides: Partial<MdfRequestInput> = {}): MdfRequestInput {
  return {
    activityType: 'webinar',
    title: 'Cloud migration webinar',
    description: 'A one-hour webinar for DACH IT leads',
    startDate: '2026-08-20',
    endDate: '2026-08-20',
    amount: { value: 1000, currency: 'USD' },
    expectedOutcomes: { leads: 40, attendees: 120 },
    ...overrides,
  };
}

/** A claim that meets the webinar's proof (attendees and leads, no files needed). */
export function claimInput(overrides: Partial<MdfClaimInput> = {}): MdfClaimInput {
  return {
    spend: { value: 2000, currency: 'USD' },
    results: { attendees: 95, leads: 31 },
    files: [],
    ...overrides,
  };
}

/** The calls the suites make, for one tenant. */
export function mdfApi(app: App, tenant: TestTenant) {
  return {
    allocate: (
      partner: TestPartner,
      value: number,
      currency = 'USD',
      period: { start: string; end: string } = QUARTER,
      headers?: Record<string, string>,
    ) =>
      call(app, 'POST', '/v1/mdf/allocations', {
        auth: tenant.secretKey,
        body: { partnerId: partner.id, period, amount: { value, currency } },
        ...(headers && { headers }),
      }),
    submit: (token: string, body: unknown, headers?: Record<string, string>) =>
      call(app, 'POST', '/v1/mdf/requests', { auth: token, body, ...(headers && { headers }) }),
    move: (id: string, body: Record<string, unknown>, headers?: Record<string, string>) =>
      call(app, 'POST', `/v1/mdf/requests/${id}/transitions`, {
        auth: tenant.secretKey,
        body,
        ...(headers && { headers }),
      }),
    claim: (token: string, id: string, body: unknown, headers?: Record<string, string>) =>
      call(app, 'POST', `/v1/mdf/requests/${id}/claims`, {
        auth: token,
        body,
        ...(headers && { headers }),
      }),
    answer: (token: string, id: string, note: string, headers?: Record<string, string>) =>
      call(app, 'POST', `/v1/mdf/requests/${id}/info-responses`, {
        auth: token,
        body: { note },
        ...(headers && { headers }),
      }),
    get: (auth: string, id: string) => call(app, 'GET', `/v1/mdf/requests/${id}`, { auth }),
    /** The balance of one currency and period (the test quarter by default). */
    async balance(token: string, currency = 'USD', period = QUARTER): Promise<MdfBalance> {
      const { status, body } = await call(app, 'GET', '/v1/mdf/balance', { auth: token });
      expect(status).toBe(200);
      const found = (body.balances as MdfBalance[]).find(
        (b) => b.currency === currency && b.period.start === period.start,
      );
      if (!found) throw new Error(`no ${currency} balance for ${period.start}`);
      return found;
    },
  };
}

/** A tenant, its partners' sessions, and the clock in `QUARTER`. */
export async function mdfSetup(ctx: BackendContext) {
  ctx.clock.set(NOW);
  const tenant = await seedTestTenant(ctx.database);
  const tokens = await partnerTokens(ctx.app, tenant);
  return { tenant, tokens, api: mdfApi(ctx.app, tenant) };
}

/**
 * Every fund's totals against the sums of its ledger entries by bucket: the balance must be
 * explainable line by line.
 */
export async function expectLedgerExplainsFunds(database: Database): Promise<void> {
  const sums = rowsOf<{ fund_id: string; bucket: string; total: string | number }>(
    await database.db.execute(
      sql`select fund_id, bucket, sum(amount)::bigint as total from mdf_ledger_entries group by 1, 2`,
    ),
  );
  const funds = await database.db.select().from(mdfFunds);
  for (const fund of funds) {
    const of = (bucket: string) =>
      Number(sums.find((s) => s.fund_id === fund.id && s.bucket === bucket)?.total ?? 0);
    expect(
      {
        allocated: fund.allocated,
        pending: fund.pending,
        committed: fund.committed,
        claimed: fund.claimed,
        paid: fund.paid,
      },
      fund.id,
    ).toEqual({
      allocated: of('allocated'),
      pending: of('pending'),
      committed: of('committed'),
      claimed: of('claimed'),
      paid: of('paid'),
    });
  }
}

export async function fundsOf(database: Database, partnerId: string) {
  return database.db.select().from(mdfFunds).where(eq(mdfFunds.partnerId, partnerId));
}
