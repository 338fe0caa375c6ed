import * as z from 'zod/mini';
import { CountryCode } from '../common.js';
import { named } from '../schema.js';
import { CompanyName, Domain } from './company.js';
import { DealType } from './deal-input.js';

/** Why a registration got its verdict. Never names another partner or its deal. */
export const ReasonCode = z.enum([
  'no_conflict',
  'duplicate_domain',
  'similar_company',
  'existing_customer',
  'outside_territory',
  'already_registered_by_you',
  'info_requested',
  'info_provided',
  'vendor_decision',
]);
export type ReasonCode = z.infer<typeof ReasonCode>;

export const Reason = named(z.object({ code: ReasonCode, message: z.string() }), 'Reason');
export type Reason = z.infer<typeof Reason>;

export const Decision = z.enum(['approved', 'rejected', 'pending_review']);
export type Decision = z.infer<typeof Decision>;

/** The live pre-check while the partner types: company name, and domain/country/type when known. */
export const DealCheckInput = named(
  z.strictObject({
    company: z.strictObject({
      name: CompanyName,
      domain: z.optional(Domain),
      country: z.optional(CountryCode),
    }),
    /** Existing customers are judged by deal type; `new` when the form does not know it yet. */
    dealType: z.optional(DealType),
  }),
  'DealCheckInput',
);
export type DealCheckInput = z.infer<typeof DealCheckInput>;

/** The verdict a submission would get now (`POST /v1/deals/check`). */
export const DealVerdict = named(
  z.object({ status: Decision, reasons: z.array(Reason) }),
  'DealVerdict',
);
export type DealVerdict = z.infer<typeof DealVerdict>;
