import * as z from 'zod/mini';
import { Id, IsoDateTime } from '../common.js';
import { named } from '../schema.js';

/** What a channel manager may do to a deal (`POST /v1/deals/{id}/transitions`, secret key). */
export const TransitionAction = z.enum([
  'approve',
  'reject',
  'request_info',
  'won',
  'lost',
  'grant_extension',
  'deny_extension',
]);
export type TransitionAction = z.infer<typeof TransitionAction>;

export const TransitionInput = named(
  z.strictObject({
    action: TransitionAction,
    /** Shown to the partner in the timeline. */
    note: z.optional(z.string().check(z.trim(), z.minLength(1), z.maxLength(2000))),
  }),
  'TransitionInput',
);
export type TransitionInput = z.infer<typeof TransitionInput>;

export const ExtensionRequestInput = named(
  z.strictObject({
    reason: z.string().check(z.trim(), z.minLength(1), z.maxLength(2000)),
  }),
  'ExtensionRequestInput',
);
export type ExtensionRequestInput = z.infer<typeof ExtensionRequestInput>;

/**
 * The partner's answer to a channel manager's request for information
 * (`POST /v1/deals/{id}/info-responses`): the deal goes back to review.
 */
export const InfoResponseInput = named(
  z.strictObject({
    answer: z.string().check(z.trim(), z.minLength(1), z.maxLength(2000)),
  }),
  'InfoResponseInput',
);
export type InfoResponseInput = z.infer<typeof InfoResponseInput>;

export const ExtensionRequestStatus = z.enum(['pending', 'granted', 'denied']);

export const ExtensionRequest = named(
  z.object({
    id: Id,
    dealId: Id,
    status: ExtensionRequestStatus,
    reason: z.string(),
    createdAt: IsoDateTime,
    decidedAt: z.nullable(IsoDateTime),
  }),
  'ExtensionRequest',
);
export type ExtensionRequest = z.infer<typeof ExtensionRequest>;
