import * as z from 'zod/mini';
import { named } from './schema.js';

/** Machine-readable error codes; `type` of a problem is `PROBLEM_TYPE_BASE + code`. */
export const ProblemCode = z.enum([
  'validation_failed',
  'malformed_json',
  'unsupported_media_type',
  'payload_too_large',
  'unauthorized',
  'token_expired',
  'forbidden',
  'origin_not_allowed',
  'not_found',
  'method_not_allowed',
  'idempotency_key_reused',
  'idempotency_key_in_use',
  'invalid_transition',
  'extension_limit_reached',
  'extension_already_pending',
  'mdf_insufficient_funds',
  'mdf_no_allocation',
  'mdf_period_overlap',
  'mdf_invalid_amount',
  'mdf_claim_invalid',
  'file_invalid',
  'file_too_large',
  'file_type_not_allowed',
  'rate_limited',
  'internal_error',
]);
export type ProblemCode = z.infer<typeof ProblemCode>;

export const PROBLEM_TYPE_BASE = 'https://partnerkit.dev/problems/';
export const PROBLEM_CONTENT_TYPE = 'application/problem+json';

export const FieldError = named(
  z.object({
    /** Dotted path into the request body, e.g. `company.domain` or `products.0`. */
    path: z.string(),
    code: z.string(),
    message: z.string(),
  }),
  'FieldError',
);
export type FieldError = z.infer<typeof FieldError>;

/** RFC 9457 problem details, as every error response of the API is shaped. */
export const Problem = named(
  z.object({
    type: z.string(),
    title: z.string(),
    status: z.int(),
    detail: z.optional(z.string()),
    instance: z.optional(z.string()),
    code: ProblemCode,
    requestId: z.optional(z.string()),
    errors: z.optional(z.array(FieldError)),
  }),
  'Problem',
  'RFC 9457 problem details',
);
export type Problem = z.infer<typeof Problem>;
