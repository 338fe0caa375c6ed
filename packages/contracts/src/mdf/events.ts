import * as z from 'zod/mini';
import { Id, IsoDateTime, Money } from '../common.js';
import { Actor } from '../deals/deal-events.js';
import { named } from '../schema.js';
import { MdfClaim } from './claim.js';
import { MdfRequest, MdfRequestStatus } from './request.js';

export const MdfRequestEventType = z.enum([
  'submitted',
  'needs_info',
  'info_provided',
  'approved',
  'rejected',
  'claim_submitted',
  'claim_approved',
  'claim_rejected',
  'paid',
  'expired',
]);
export type MdfRequestEventType = z.infer<typeof MdfRequestEventType>;

/** One entry of a request's timeline. */
export const MdfRequestEvent = named(
  z.object({
    id: Id,
    requestId: Id,
    type: MdfRequestEventType,
    fromStatus: z.nullable(MdfRequestStatus),
    toStatus: MdfRequestStatus,
    actor: Actor,
    note: z.nullable(z.string()),
    /**
     * The money of this step: requested (submitted), approved, reimbursable (claim) or paid;
     * `null` for steps that move none.
     */
    amount: z.nullable(Money),
    createdAt: IsoDateTime,
  }),
  'MdfRequestEvent',
);
export type MdfRequestEvent = z.infer<typeof MdfRequestEvent>;

/** `GET /v1/mdf/requests/{id}`: the request with its claims and its timeline, oldest first. */
export const MdfRequestDetail = named(
  z.extend(MdfRequest, {
    claims: z.array(MdfClaim),
    timeline: z.array(MdfRequestEvent),
  }),
  'MdfRequestDetail',
);
export type MdfRequestDetail = z.infer<typeof MdfRequestDetail>;
