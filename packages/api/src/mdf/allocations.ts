import type { MdfAllocationInput } from '@partnerkit/contracts';
import { and, eq, gte, lte, ne, or, sql } from 'drizzle-orm';
import type { Db } from '../db/database.js';
import { newId } from '../db/ids.js';
import { ProblemError } from '../http/problem.js';
import { partners } from '../partners/partners.table.js';
import { mdfAllocations, type MdfAllocationRow } from './allocations.table.js';
import { mdfFunds } from './funds.table.js';
import { moveFunds, writeEntries, type Movement } from './ledger.js';

/**
 * `POST /v1/mdf/allocations`: adds funds to the partner's fund for that currency and period,
 * creating it with the first allocation. A request finds its fund by the day it starts, so the
 * periods of one partner and currency may not overlap unless they are the same period: those
 * allocations add up. Allocations of one partner and currency take turns (an advisory lock),
 * so two overlapping periods cannot both pass the check.
 */
export async function createAllocation(
  db: Db,
  tenantId: string,
  input: MdfAllocationInput,
  now: Date,
  id = newId('mdfa'),
): Promise<MdfAllocationRow> {
  const { partnerId, period, amount } = input;
  return db.transaction(async (tx) => {
    const [partner] = await tx
      .select({ id: partners.id })
      .from(partners)
      .where(and(eq(partners.tenantId, tenantId), eq(partners.id, partnerId)));
    if (!partner) {
      throw new ProblemError('not_found', {
        detail: 'No such partner',
        errors: [{ path: 'partnerId', code: 'not_found', message: 'No such partner' }],
      });
    }
    await tx.execute(
      sql`select pg_advisory_xact_lock(hashtextextended(${`mdf:${tenantId}:${partnerId}:${amount.currency}`}, 0))`,
    );
    const ofPartner = and(
      eq(mdfFunds.tenantId, tenantId),
      eq(mdfFunds.partnerId, partnerId),
      eq(mdfFunds.currency, amount.currency),
    );
    const [overlapping] = await tx
      .select({ start: mdfFunds.periodStart, end: mdfFunds.periodEnd })
      .from(mdfFunds)
      .where(
        and(
          ofPartner,
          lte(mdfFunds.periodStart, period.end),
          gte(mdfFunds.periodEnd, period.start),
          or(ne(mdfFunds.periodStart, period.start), ne(mdfFunds.periodEnd, period.end)),
        ),
      )
      .limit(1);
    if (overlapping) {
      throw new ProblemError('mdf_period_overlap', {
        detail: `This partner has ${amount.currency} funds for ${overlapping.start} to ${overlapping.end}; allocate to that period or to one that does not overlap it`,
        errors: [{ path: 'period', code: 'overlap', message: 'Overlaps another period' }],
      });
    }
    const [fund] = await tx
      .insert(mdfFunds)
      .values({
        id: newId('mdff'),
        tenantId,
        partnerId,
        currency: amount.currency,
        periodStart: period.start,
        periodEnd: period.end,
        createdAt: now,
        updatedAt: now,
      })
      .onConflictDoUpdate({
        target: [
          mdfFunds.tenantId,
          mdfFunds.partnerId,
          mdfFunds.currency,
          mdfFunds.periodStart,
          mdfFunds.periodEnd,
        ],
        set: { updatedAt: now },
      })
      .returning({ id: mdfFunds.id, tenantId: mdfFunds.tenantId });
    const [allocation] = await tx
      .insert(mdfAllocations)
      .values({
        id,
        tenantId,
        partnerId,
        fundId: fund!.id,
        amountValue: amount.value,
        currency: amount.currency,
        periodStart: period.start,
        periodEnd: period.end,
        note: input.note ?? null,
        createdAt: now,
      })
      .returning();
    const movements: Movement[] = [
      { kind: 'allocation', bucket: 'allocated', amount: amount.value },
    ];
    const moved = await moveFunds(tx, eq(mdfFunds.id, fund!.id), movements, now);
    if (!moved) throw new Error('an allocation could not add to its fund');
    await writeEntries(tx, fund!, { allocationId: allocation!.id }, movements, now);
    return allocation!;
  });
}
