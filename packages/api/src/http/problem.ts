import {
  MAX_FILE_BYTES,
  PROBLEM_CONTENT_TYPE,
  PROBLEM_TYPE_BASE,
  type FieldError,
  type Problem,
  type ProblemCode,
} from '@partnerkit/contracts';
import type { Context, ErrorHandler } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { AppEnv } from './env.js';

const DEFAULTS: Record<ProblemCode, { status: ContentfulStatusCode; title: string }> = {
  validation_failed: { status: 400, title: 'The request is not valid' },
  malformed_json: { status: 400, title: 'The request body is not valid JSON' },
  unsupported_media_type: { status: 415, title: 'Send the request body as application/json' },
  payload_too_large: { status: 413, title: 'The request body is too large' },
  unauthorized: { status: 401, title: 'Authentication is required' },
  token_expired: { status: 401, title: 'The session token has expired' },
  forbidden: { status: 403, title: 'This credential may not do that' },
  origin_not_allowed: { status: 403, title: 'This origin may not use this publishable key' },
  not_found: { status: 404, title: 'Not found' },
  method_not_allowed: { status: 405, title: 'Method not allowed' },
  idempotency_key_reused: {
    status: 422,
    title: 'This Idempotency-Key was used with a different request',
  },
  idempotency_key_in_use: {
    status: 409,
    title: 'A request with this Idempotency-Key is still in progress',
  },
  invalid_transition: {
    status: 409,
    title: 'This transition is not allowed from the current state',
  },
  extension_limit_reached: { status: 409, title: 'No more extensions can be requested' },
  extension_already_pending: { status: 409, title: 'An extension request is already pending' },
  mdf_insufficient_funds: { status: 422, title: 'Not enough funds are available' },
  mdf_no_allocation: {
    status: 422,
    title: 'There is no allocation for this currency and period',
  },
  mdf_period_overlap: {
    status: 409,
    title: 'The period overlaps another allocation period of this partner and currency',
  },
  mdf_invalid_amount: { status: 422, title: 'The amount does not fit the request' },
  mdf_claim_invalid: {
    status: 422,
    title: 'The claim does not meet what its activity type requires',
  },
  file_invalid: { status: 422, title: 'Send one non-empty file in the `file` field' },
  file_too_large: {
    status: 413,
    title: `The file is larger than ${MAX_FILE_BYTES / 1024 / 1024} MiB`,
  },
  file_type_not_allowed: {
    status: 422,
    title: 'Files may be PDF, PNG, JPEG, WebP, CSV or XLSX, as their bytes show',
  },
  rate_limited: { status: 429, title: 'Too many requests' },
  internal_error: { status: 500, title: 'Something went wrong on our side' },
};

export interface ProblemOptions {
  /** Defaults to the code's usual status (`not_found` → 404). */
  status?: ContentfulStatusCode;
  title?: string;
  detail?: string;
  errors?: FieldError[];
  headers?: Record<string, string>;
}

/**
 * Throw it from any handler or middleware: `onError` turns it into an
 * `application/problem+json` response. `new ProblemError('not_found', { detail: '…' })`.
 */
export class ProblemError extends Error {
  readonly status: ContentfulStatusCode;
  readonly code: ProblemCode;
  readonly title: string;
  readonly detail: string | undefined;
  readonly errors: FieldError[] | undefined;
  readonly headers: Record<string, string>;

  constructor(code: ProblemCode, options: ProblemOptions = {}) {
    const defaults = DEFAULTS[code];
    super(options.detail ?? options.title ?? defaults.title);
    this.name = 'ProblemError';
    this.code = code;
    this.status = options.status ?? defaults.status;
    this.title = options.title ?? defaults.title;
    this.detail = options.detail;
    this.errors = options.errors;
    this.headers = options.headers ?? {};
  }
}

export function problemResponse(c: Context<AppEnv>, error: ProblemError): Response {
  const body: Problem = {
    type: PROBLEM_TYPE_BASE + error.code,
    title: error.title,
    status: error.status,
    code: error.code,
    ...(error.detail === undefined ? {} : { detail: error.detail }),
    instance: c.req.path,
    requestId: c.var.requestId,
    ...(error.errors === undefined ? {} : { errors: error.errors }),
  };
  return c.body(JSON.stringify(body), error.status, {
    ...error.headers,
    'Content-Type': PROBLEM_CONTENT_TYPE,
  });
}

function fromHttpException(error: HTTPException): ProblemError {
  const status = error.status as ContentfulStatusCode;
  if (status === 413) return new ProblemError('payload_too_large');
  if (status === 401) return new ProblemError('unauthorized');
  if (status === 403) return new ProblemError('forbidden');
  if (status === 404) return new ProblemError('not_found');
  if (status === 400 && /json/i.test(error.message)) return new ProblemError('malformed_json');
  return new ProblemError('validation_failed', { status, detail: error.message });
}

/** The app's one error handler: every failure leaves as problem+json, never with a stack. */
export const onError: ErrorHandler<AppEnv> = (error, c) => {
  if (error instanceof ProblemError) return problemResponse(c, error);
  if (error instanceof HTTPException && error.status < 500) {
    return problemResponse(c, fromHttpException(error));
  }
  c.var.logger.error({
    msg: 'unhandled error',
    requestId: c.var.requestId,
    method: c.req.method,
    path: c.req.path,
    error: error instanceof Error ? (error.stack ?? error.message) : String(error),
  });
  return problemResponse(c, new ProblemError('internal_error'));
};

export function notFound(c: Context<AppEnv>): Response {
  return problemResponse(
    c,
    new ProblemError('not_found', { detail: `No route for ${c.req.path}` }),
  );
}
