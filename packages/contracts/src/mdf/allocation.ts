import * as z from 'zod/mini';
import { Id, IsoDateTime, Money } from '../common.js';
import { PageQuery } from '../pagination.js';
import { named } from '../schema.js';
import { MdfPeriod } from './period.js';

/**
 * Funds a vendor gives a partner for a period (`POST /v1/mdf/allocations`, secret key).
 * Several allocations may exist for one partner, period and currency: the balance sums them.
 */
export const MdfAllocationInput = named(
  z.strictObject({
    partnerId: Id,
    period: MdfPeriod,
    amount: Money,
    note: z.optional(z.string().check(z.trim(), z.minLength(1), z.maxLength(2000))),
  }),
  'MdfAllocationInput',
);
export type MdfAllocationInput = z.infer<typeof MdfAllocationInput>;

export const MdfAllocation = named(
  z.object({
    id: Id,
    partnerId: Id,
    period: MdfPeriod,
    amount: Money,
    note: z.nullable(z.string()),
    createdAt: IsoDateTime,
  }),
  'MdfAllocation',
);
export type MdfAllocation = z.infer<typeof MdfAllocation>;

export const MdfAllocationListQuery = z.extend(PageQuery, {
  partnerId: z.optional(Id),
});
export type MdfAllocationListQuery = z.infer<typeof MdfAllocationListQuery>;
