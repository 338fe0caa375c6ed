import * as z from 'zod/mini';
import { Id, IsoDateTime, Money } from '../common.js';
import { named } from '../schema.js';
import { MdfOutcomes } from './request.js';

export const MAX_CLAIM_FILES = 20;

/** What the activity brought, as the partner reports it with a claim. */
export const MdfResults = named(
  z.extend(MdfOutcomes, {
    notes: z.optional(z.string().check(z.maxLength(4000))),
  }),
  'MdfResults',
);
export type MdfResults = z.infer<typeof MdfResults>;

/**
 * A claim for reimbursement with proof of performance (`POST /v1/mdf/requests/{id}/claims`),
 * on an approved request or one whose claim was rejected. `files` are ids of uploaded files.
 */
export const MdfClaimInput = named(
  z.strictObject({
    spend: Money,
    results: MdfResults,
    files: z.array(Id).check(z.maxLength(MAX_CLAIM_FILES)),
  }),
  'MdfClaimInput',
);
export type MdfClaimInput = z.infer<typeof MdfClaimInput>;

export const MdfClaimStatus = z.enum(['submitted', 'approved', 'rejected']);
export type MdfClaimStatus = z.infer<typeof MdfClaimStatus>;

export const MdfClaim = named(
  z.object({
    id: Id,
    status: MdfClaimStatus,
    spend: Money,
    /** min(approved amount, spend × the co-op rate), rounded half to even. */
    reimbursableAmount: Money,
    results: MdfResults,
    files: z.array(Id),
    createdAt: IsoDateTime,
    decidedAt: z.nullable(IsoDateTime),
  }),
  'MdfClaim',
);
export type MdfClaim = z.infer<typeof MdfClaim>;
