import * as z from 'zod/mini';
import { Id, IsoDate, IsoDateTime, Money } from '../common.js';
import { PageQuery } from '../pagination.js';
import { named } from '../schema.js';
import { Contact, CustomFieldValues, DealType } from './deal-input.js';
import { Reason } from './verdict.js';

export const DealStatus = z.enum([
  'submitted',
  'approved',
  'rejected',
  'pending_review',
  'needs_info',
  'won',
  'lost',
  'expired',
]);
export type DealStatus = z.infer<typeof DealStatus>;

/** Statuses in which a registration holds (or may soon hold) the customer. */
export const ACTIVE_DEAL_STATUSES = [
  'submitted',
  'approved',
  'pending_review',
  'needs_info',
] as const;

export const Deal = named(
  z.object({
    id: Id,
    partnerId: Id,
    status: DealStatus,
    company: z.object({ name: z.string(), domain: z.string(), country: z.string() }),
    contact: Contact,
    products: z.array(Id),
    amount: Money,
    expectedCloseDate: IsoDate,
    dealType: DealType,
    coSell: z.boolean(),
    notes: z.nullable(z.string()),
    customFields: CustomFieldValues,
    reasons: z.array(Reason),
    /** Set while the deal is protected (approved); `null` otherwise. */
    protectedUntil: z.nullable(IsoDateTime),
    extensionsUsed: z.int(),
    assignedManager: z.nullable(z.object({ name: z.string(), email: z.string() })),
    createdAt: IsoDateTime,
    updatedAt: IsoDateTime,
  }),
  'Deal',
  'A deal registration',
);
export type Deal = z.infer<typeof Deal>;

export const DealListQuery = z.extend(PageQuery, {
  status: z.optional(DealStatus),
});
export type DealListQuery = z.infer<typeof DealListQuery>;
