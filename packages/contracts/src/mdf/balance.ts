import * as z from 'zod/mini';
import { CurrencyCode, Id } from '../common.js';
import { named } from '../schema.js';
import { MdfPeriod } from './period.js';

const MinorUnits = z.int().check(z.minimum(0));

/**
 * One allocation period in one currency, in integer minor units. `available = allocated −
 * pending − committed − claimed − paid`, never below zero (`MDF_BUCKET_OF_STATUS` says where
 * each request counts).
 */
export const MdfBalance = named(
  z.object({
    currency: CurrencyCode,
    period: MdfPeriod,
    allocated: MinorUnits,
    /** Submitted or waiting for information: the requested amounts. */
    pending: MinorUnits,
    /** Approved and not claimed (or claim rejected): the approved amounts. */
    committed: MinorUnits,
    /** Claimed, paid out soon: the reimbursable amounts. */
    claimed: MinorUnits,
    paid: MinorUnits,
    available: MinorUnits,
  }),
  'MdfBalance',
);
export type MdfBalance = z.infer<typeof MdfBalance>;

/** `GET /v1/mdf/balance`: newest period first, then by currency. */
export const MdfBalances = named(z.object({ balances: z.array(MdfBalance) }), 'MdfBalances');
export type MdfBalances = z.infer<typeof MdfBalances>;

export const MdfBalanceQuery = z.object({
  /** Secret key: whose balance (required). A partner session reads its own. */
  partnerId: z.optional(Id),
});
export type MdfBalanceQuery = z.infer<typeof MdfBalanceQuery>;
