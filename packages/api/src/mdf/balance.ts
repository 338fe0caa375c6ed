import type { MdfBalances } from '@partnerkit/contracts';
import { and, asc, desc, eq } from 'drizzle-orm';
import type { Db } from '../db/database.js';
import { mdfFunds } from './funds.table.js';
import { toMdfBalance } from './serialize.js';

/**
 * The partner's balances: its fund rows, which hold the running totals of the ledger, so one
 * read of `mdf_funds_partner_period_uq` (a few rows a partner) and no sums over requests.
 */
export async function readBalances(
  db: Db,
  tenantId: string,
  partnerId: string,
): Promise<MdfBalances> {
  const funds = await db
    .select()
    .from(mdfFunds)
    .where(and(eq(mdfFunds.tenantId, tenantId), eq(mdfFunds.partnerId, partnerId)))
    .orderBy(desc(mdfFunds.periodStart), asc(mdfFunds.currency));
  return { balances: funds.map(toMdfBalance) };
}
