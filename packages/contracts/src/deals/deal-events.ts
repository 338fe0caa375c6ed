import * as z from 'zod/mini';
import { Id, IsoDateTime } from '../common.js';
import { named } from '../schema.js';
import { DealStatus } from './deal.js';

export const DealEventType = z.enum([
  'submitted',
  'approved',
  'rejected',
  'pending_review',
  'needs_info',
  'info_provided',
  'extension_requested',
  'extension_granted',
  'extension_denied',
  'won',
  'lost',
  'expired',
]);
export type DealEventType = z.infer<typeof DealEventType>;

export const Actor = z.enum(['partner', 'vendor', 'system']);

/** One entry of a deal's timeline. */
export const DealEvent = named(
  z.object({
    id: Id,
    dealId: Id,
    type: DealEventType,
    fromStatus: z.nullable(DealStatus),
    toStatus: z.nullable(DealStatus),
    actor: Actor,
    note: z.nullable(z.string()),
    createdAt: IsoDateTime,
  }),
  'DealEvent',
);
export type DealEvent = z.infer<typeof DealEvent>;
