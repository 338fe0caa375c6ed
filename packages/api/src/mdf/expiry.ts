import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../db/database.js';
import { tenants } from '../tenants/tenants.table.js';
import { applyMove, type MdfStep } from './lifecycle.js';
import { lockRequest } from './queries.js';
import { mdfRequests } from './requests.table.js';

/** Days after an activity's end date that its approved funds wait for a claim, unless the tenant says. */
export const DEFAULT_MDF_CLAIM_WINDOW_DAYS = 90;

/** An approved request (or one whose claim was rejected) left unclaimed past its window. */
export const MDF_EXPIRY_STEP: MdfStep = {
  from: ['approved', 'claim_rejected'],
  to: 'expired',
  event: 'expired',
  actor: 'system',
};

/**
 * Expires the requests whose claim window has closed: their commitment goes back to the balance
 * through the ledger (a `release` line), with the timeline entry and the `mdf_request.expired`
 * notification. Each request is re-checked under its row lock, so a claim that got there first
 * wins, and running this in several processes at once expires each request once.
 */
export async function expireUnclaimedMdfRequests(db: Db, now: Date): Promise<number> {
  const windowDays = sql`coalesce((${tenants.settings} ->> 'mdfClaimWindowDays')::int, ${DEFAULT_MDF_CLAIM_WINDOW_DAYS})`;
  const deadline = sql<string>`(${mdfRequests.endDate} + ${windowDays})::text`;
  const today = now.toISOString().slice(0, 10);
  const due = await db
    .select({ id: mdfRequests.id, tenantId: mdfRequests.tenantId, deadline })
    .from(mdfRequests)
    .innerJoin(tenants, eq(tenants.id, mdfRequests.tenantId))
    .where(
      and(
        inArray(mdfRequests.status, [...MDF_EXPIRY_STEP.from]),
        sql`${mdfRequests.endDate} + ${windowDays} < ${today}::date`,
      ),
    );
  let expired = 0;
  for (const candidate of due) {
    const moved = await db.transaction(async (tx) => {
      const found = await lockRequest(tx, candidate.tenantId, candidate.id);
      if (!MDF_EXPIRY_STEP.from.includes(found.request.status)) return false;
      await applyMove(
        tx,
        found,
        {
          step: MDF_EXPIRY_STEP,
          changes: {},
          note: `Not claimed by ${candidate.deadline}: the approved amount is back in the balance.`,
        },
        now,
      );
      return true;
    });
    if (moved) expired += 1;
  }
  return expired;
}
