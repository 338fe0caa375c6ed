import type { MdfRequestInput } from '@partnerkit/contracts';
import { and, eq, gte, lte, type SQL } from 'drizzle-orm';
import type { Tx } from '../db/database.js';
import type { Db } from '../db/database.js';
import { newId } from '../db/ids.js';
import type { PartnerAuth } from '../http/env.js';
import { ProblemError } from '../http/problem.js';
import { mdfActivityTypesOf, type TenantSettings } from '../tenants/settings.js';
import { recordMdfRequestChange } from './events.js';
import { mdfFunds, type MdfFundRow } from './funds.table.js';
import { availableOf, movementsBetween, moveFunds, placeOf, writeEntries } from './ledger.js';
import { formatMinor } from './money.js';
import { mdfRequests } from './requests.table.js';
import type { RequestWithPeriod } from './serialize.js';

/** The partner's fund in `currency` whose period contains `day`. */
export function fundFor(tenantId: string, partnerId: string, currency: string, day: string): SQL {
  return and(
    eq(mdfFunds.tenantId, tenantId),
    eq(mdfFunds.partnerId, partnerId),
    eq(mdfFunds.currency, currency),
    lte(mdfFunds.periodStart, day),
    gte(mdfFunds.periodEnd, day),
  ) as SQL;
}

/** 422 `mdf_insufficient_funds`, saying what is available. */
export function insufficientFunds(fund: MdfFundRow, asked: number, what: string): ProblemError {
  const available = formatMinor(availableOf(fund), fund.currency);
  const message = `${available} available for ${fund.periodStart} to ${fund.periodEnd}`;
  return new ProblemError('mdf_insufficient_funds', {
    detail: `Only ${message}; ${what} ${formatMinor(asked, fund.currency)}`,
    errors: [{ path: 'amount.value', code: 'insufficient_funds', message: `Only ${message}` }],
  });
}

/** Why no fund took the amount: there is none for the currency and day, or it is short. */
async function refusal(tx: Tx, where: SQL, input: MdfRequestInput): Promise<ProblemError> {
  const [fund] = await tx.select().from(mdfFunds).where(where);
  if (fund) return insufficientFunds(fund, input.amount.value, 'the request asks for');
  return new ProblemError('mdf_no_allocation', {
    detail: `You have no ${input.amount.currency} allocation for a period that contains ${input.startDate}`,
    errors: [
      {
        path: 'amount.currency',
        code: 'no_allocation',
        message: `No ${input.amount.currency} funds for ${input.startDate}`,
      },
    ],
  });
}

/**
 * `POST /v1/mdf/requests`: holds the requested amount on the partner's fund and writes the
 * request, its ledger line, its timeline entry and its notification, in one transaction. The
 * hold is one conditional update of the fund row (ledger.ts), so of concurrent requests only
 * those the funds cover get in, and the others change nothing.
 */
export async function submitRequest(
  db: Db,
  auth: PartnerAuth,
  settings: TenantSettings,
  input: MdfRequestInput,
  now: Date,
  id = newId('mdfr'),
): Promise<RequestWithPeriod> {
  const activity = mdfActivityTypesOf(settings).find((type) => type.key === input.activityType);
  if (!activity) {
    throw new ProblemError('validation_failed', {
      errors: [
        {
          path: 'activityType',
          code: 'invalid_value',
          message: 'Choose one of the activity types of GET /v1/mdf/form',
        },
      ],
    });
  }
  return db.transaction(async (tx) => {
    const row = {
      id,
      tenantId: auth.tenantId,
      partnerId: auth.partnerId,
      userId: auth.userId,
      status: 'submitted' as const,
      activityType: activity.key,
      coopRateBps: activity.coopRateBps,
      proof: activity.proof,
      title: input.title,
      description: input.description ?? null,
      startDate: input.startDate,
      endDate: input.endDate,
      currency: input.amount.currency,
      amountValue: input.amount.value,
      approvedValue: null,
      reimbursableValue: null,
      paidValue: null,
      paymentReference: null,
      expectedOutcomes: input.expectedOutcomes,
      campaignId: input.campaignId ?? null,
      createdAt: now,
      updatedAt: now,
    };
    const where = fundFor(auth.tenantId, auth.partnerId, row.currency, row.startDate);
    const movements = movementsBetween(null, placeOf(row.status, row));
    const fund = await moveFunds(tx, where, movements, now);
    if (!fund) throw await refusal(tx, where, input);
    const [request] = await tx
      .insert(mdfRequests)
      .values({ ...row, fundId: fund.id })
      .returning();
    await writeEntries(tx, fund, { requestId: id }, movements, now);
    const withPeriod = {
      request: request!,
      period: { start: fund.periodStart, end: fund.periodEnd },
    };
    await recordMdfRequestChange(tx, {
      request: withPeriod,
      type: 'submitted',
      fromStatus: null,
      actor: 'partner',
      amount: row.amountValue,
      at: now,
    });
    return withPeriod;
  });
}
