import * as z from 'zod/mini';
import { Id, IsoDate, IsoDateTime, Money } from '../common.js';
import { PageQuery } from '../pagination.js';
import { named } from '../schema.js';
import { CoopRateBps, MdfProofRequirement } from './activity-types.js';
import { MdfPeriod } from './period.js';

export const MdfRequestStatus = z.enum([
  'submitted',
  'needs_info',
  'approved',
  'rejected',
  'claim_submitted',
  'claim_approved',
  'claim_rejected',
  'paid',
  'expired',
]);
export type MdfRequestStatus = z.infer<typeof MdfRequestStatus>;

/** The balance figures (`MdfBalance`) a request can count in. */
export type MdfBucket = 'pending' | 'committed' | 'claimed' | 'paid';

/**
 * Where a request counts in its period's balance, by status, and at which of its amounts:
 * every request counts in exactly one bucket (a rejected or expired one in none), so a submitted request
 * already holds its funds and a rejection, or a claim below the approved amount, frees the rest.
 */
export const MDF_BUCKET_OF_STATUS: Record<
  MdfRequestStatus,
  {
    bucket: MdfBucket;
    at: 'amount' | 'approvedAmount' | 'reimbursableAmount' | 'paidAmount';
  } | null
> = {
  submitted: { bucket: 'pending', at: 'amount' },
  needs_info: { bucket: 'pending', at: 'amount' },
  approved: { bucket: 'committed', at: 'approvedAmount' },
  claim_rejected: { bucket: 'committed', at: 'approvedAmount' },
  claim_submitted: { bucket: 'claimed', at: 'reimbursableAmount' },
  claim_approved: { bucket: 'claimed', at: 'reimbursableAmount' },
  paid: { bucket: 'paid', at: 'paidAmount' },
  rejected: null,
  expired: null,
};

const Count = z.int().check(z.minimum(0), z.maximum(1_000_000_000));

/** What the activity is expected to bring. */
export const MdfOutcomes = named(
  z.strictObject({
    leads: z.optional(Count),
    attendees: z.optional(Count),
    impressions: z.optional(Count),
  }),
  'MdfOutcomes',
);
export type MdfOutcomes = z.infer<typeof MdfOutcomes>;

export const MAX_MDF_DESCRIPTION_LENGTH = 4000;

/**
 * A partner's request for funds (`POST /v1/mdf/requests`). It draws on the partner's
 * allocation in `amount.currency` whose period contains `startDate`.
 */
export const MdfRequestInput = named(
  z
    .strictObject({
      /** One of the form's activity types (`GET /v1/mdf/form`). */
      activityType: z.string().check(z.minLength(1), z.maxLength(64)),
      title: z.string().check(z.trim(), z.minLength(1), z.maxLength(200)),
      description: z.optional(z.string().check(z.maxLength(MAX_MDF_DESCRIPTION_LENGTH))),
      startDate: IsoDate,
      endDate: IsoDate,
      amount: Money,
      expectedOutcomes: MdfOutcomes,
      /** The campaign the activity promotes, if any. */
      campaignId: z.optional(Id),
    })
    .check(
      z.refine((input) => input.endDate >= input.startDate, {
        path: ['endDate'],
        message: 'The activity cannot end before it starts',
      }),
    ),
  'MdfRequestInput',
  'An MDF request as the partner submits it',
);
export type MdfRequestInput = z.infer<typeof MdfRequestInput>;

export const MdfRequest = named(
  z.object({
    id: Id,
    partnerId: Id,
    status: MdfRequestStatus,
    activityType: z.string(),
    /** The activity type's co-op rate and proof when the request was submitted. */
    coopRateBps: CoopRateBps,
    proof: MdfProofRequirement,
    title: z.string(),
    description: z.nullable(z.string()),
    startDate: IsoDate,
    endDate: IsoDate,
    /** The allocation period the request draws on. */
    period: MdfPeriod,
    /** Requested. */
    amount: Money,
    /** Set by the approval; at most `amount`. */
    approvedAmount: z.nullable(Money),
    /** What the current claim reimburses: min(approved, spend × co-op rate). */
    reimbursableAmount: z.nullable(Money),
    paidAmount: z.nullable(Money),
    paymentReference: z.nullable(z.string()),
    expectedOutcomes: MdfOutcomes,
    campaignId: z.nullable(Id),
    createdAt: IsoDateTime,
    updatedAt: IsoDateTime,
  }),
  'MdfRequest',
  'A request for market development funds',
);
export type MdfRequest = z.infer<typeof MdfRequest>;

export const MdfRequestListQuery = z.extend(PageQuery, {
  status: z.optional(MdfRequestStatus),
  /** Secret key: one partner's requests. A partner session sees only its own anyway. */
  partnerId: z.optional(Id),
});
export type MdfRequestListQuery = z.infer<typeof MdfRequestListQuery>;
