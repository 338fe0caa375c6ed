import type { FieldError, Problem, ProblemCode } from '@partnerkit/contracts';

/**
 * What went wrong: a problem code from the API, or one of the client's own codes for failures
 * that never produced a problem document. Aborts are not errors of this kind: an aborted call
 * rejects with the signal's reason untouched (see `isAbortError`).
 */
export type ErrorCode = ProblemCode | 'network_error' | 'timeout' | 'invalid_response';

export interface PartnerKitErrorInit {
  message: string;
  /** HTTP status; `0` when no response arrived. */
  status: number;
  code: ErrorCode;
  requestId?: string | undefined;
  problem?: Problem | undefined;
  cause?: unknown;
}

/** The one error type every client call rejects with (apart from aborts). */
export class PartnerKitError extends Error {
  override name = 'PartnerKitError';
  readonly status: number;
  readonly code: ErrorCode;
  /** The API's request id (`X-Request-Id`), to quote when asking for support. */
  readonly requestId: string | undefined;
  /** Field-level validation errors, with dotted paths into the request body. */
  readonly fieldErrors: FieldError[];
  /** The problem document as the API sent it, when it sent one. */
  readonly problem: Problem | undefined;

  constructor(init: PartnerKitErrorInit) {
    super(init.message, init.cause === undefined ? undefined : { cause: init.cause });
    this.status = init.status;
    this.code = init.code;
    this.requestId = init.requestId;
    this.problem = init.problem;
    this.fieldErrors = init.problem?.errors ?? [];
  }
}

/** 400 or 422: the request was refused as invalid; see `fieldErrors`. */
export class ValidationError extends PartnerKitError {
  override name = 'ValidationError';
}

/** 401: no, an expired or an invalid credential. */
export class AuthenticationError extends PartnerKitError {
  override name = 'AuthenticationError';
}

/** 403: the credential is valid but may not do this. */
export class PermissionError extends PartnerKitError {
  override name = 'PermissionError';
}

/** 404: nothing there, or nothing this credential may see. */
export class NotFoundError extends PartnerKitError {
  override name = 'NotFoundError';
}

/** 409: the resource's state does not allow this now. */
export class ConflictError extends PartnerKitError {
  override name = 'ConflictError';
}

/** 429: too many requests; retried automatically where safe before surfacing. */
export class RateLimitError extends PartnerKitError {
  override name = 'RateLimitError';
}

/** 5xx: the API failed. */
export class ApiError extends PartnerKitError {
  override name = 'ApiError';
}

/** No response: offline, DNS, refused connection, CORS, or `timeout`. */
export class NetworkError extends PartnerKitError {
  override name = 'NetworkError';
}

/** The error class for an HTTP status, so callers can branch with `instanceof`. */
export function errorClassFor(status: number): typeof PartnerKitError {
  if (status === 400 || status === 422) return ValidationError;
  if (status === 401) return AuthenticationError;
  if (status === 403) return PermissionError;
  if (status === 404) return NotFoundError;
  if (status === 409) return ConflictError;
  if (status === 429) return RateLimitError;
  if (status >= 500) return ApiError;
  return PartnerKitError;
}

/** True for the rejection of a call whose `signal` was aborted. */
export function isAbortError(error: unknown): boolean {
  return error instanceof Error && error.name === 'AbortError';
}
