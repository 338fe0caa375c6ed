import * as z from 'zod/mini';
import { Money } from '../common.js';
import { named } from '../schema.js';

/** What a channel manager may do to a request (`POST /v1/mdf/requests/{id}/transitions`). */
export const MdfTransitionAction = z.enum([
  'approve',
  'reject',
  'request_info',
  'approve_claim',
  'reject_claim',
  'mark_paid',
]);
export type MdfTransitionAction = z.infer<typeof MdfTransitionAction>;

const Note = z.string().check(z.trim(), z.minLength(1), z.maxLength(2000));

export const MdfTransitionInput = named(
  z
    .strictObject({
      action: MdfTransitionAction,
      /** Shown to the partner in the timeline. */
      note: z.optional(Note),
      /** `mark_paid` only: the payment's reference in the vendor's books. */
      paymentReference: z.optional(z.string().check(z.trim(), z.minLength(1), z.maxLength(200))),
      /**
       * `approve` only: at most the requested amount, in its currency (default: all of it).
       * Approving less releases the difference to the balance.
       */
      approvedAmount: z.optional(Money),
    })
    .check(
      z.refine((input) => input.approvedAmount === undefined || input.action === 'approve', {
        path: ['approvedAmount'],
        message: 'Only an approval takes an approved amount',
      }),
      z.refine((input) => input.paymentReference === undefined || input.action === 'mark_paid', {
        path: ['paymentReference'],
        message: 'Only a payment takes a payment reference',
      }),
    ),
  'MdfTransitionInput',
);
export type MdfTransitionInput = z.infer<typeof MdfTransitionInput>;

/**
 * The partner's answer to a request for information
 * (`POST /v1/mdf/requests/{id}/info-responses`): the request goes back to review.
 */
export const MdfInfoResponseInput = named(z.strictObject({ note: Note }), 'MdfInfoResponseInput');
export type MdfInfoResponseInput = z.infer<typeof MdfInfoResponseInput>;
