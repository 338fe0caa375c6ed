import { Problem, type ProblemCode } from '@partnerkit/contracts';
import { HTTPError, TimeoutError } from 'ky';
import { NetworkError, PartnerKitError, errorClassFor, type ErrorCode } from './errors.js';

/** The subset of a zod schema the client needs, so it depends on contracts, not on zod. */
export interface Schema<T> {
  safeParse(data: unknown): { success: true; data: T } | { success: false; error: unknown };
}

const REQUEST_ID_HEADER = 'x-request-id';

// Codes for error responses that carry no problem document (a proxy's HTML page, for example).
const CODE_BY_STATUS: Record<number, ProblemCode> = {
  401: 'unauthorized',
  403: 'forbidden',
  404: 'not_found',
  405: 'method_not_allowed',
  413: 'payload_too_large',
  415: 'unsupported_media_type',
  429: 'rate_limited',
};

function requestIdOf(response: Response): string | undefined {
  return response.headers.get(REQUEST_ID_HEADER) ?? undefined;
}

function invalidResponse(response: Response, message: string, cause: unknown): PartnerKitError {
  return new PartnerKitError({
    message,
    status: response.status,
    code: 'invalid_response',
    requestId: requestIdOf(response),
    cause,
  });
}

/** Reads a successful response's JSON body and checks it against the contract, if given one. */
export async function parseBody<T>(response: Response, schema: Schema<T> | undefined): Promise<T> {
  const text = await response.text();
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (cause) {
    throw invalidResponse(response, 'The API answered with a body that is not JSON', cause);
  }
  if (!schema) return data as T;
  const result = schema.safeParse(data);
  if (!result.success) {
    throw invalidResponse(response, 'The API answered with an unexpected shape', result.error);
  }
  return result.data;
}

/** The problem document of an error response, or `undefined` when it has none. */
export async function readProblem(response: Response): Promise<Problem | undefined> {
  try {
    const result = Problem.safeParse(JSON.parse(await response.text()));
    return result.success ? result.data : undefined;
  } catch {
    return undefined;
  }
}

/** The client's error for a non-2xx response, from its problem document when it has one. */
export async function errorFromResponse(
  response: Response,
  cause?: unknown,
): Promise<PartnerKitError> {
  const problem = await readProblem(response);
  const code: ErrorCode =
    problem?.code ??
    CODE_BY_STATUS[response.status] ??
    (response.status >= 500 ? 'internal_error' : 'invalid_response');
  const ErrorClass = errorClassFor(response.status);
  return new ErrorClass({
    message: problem?.detail ?? problem?.title ?? `The API answered ${response.status}`,
    status: response.status,
    code,
    requestId: problem?.requestId ?? requestIdOf(response),
    problem,
    cause,
  });
}

/**
 * The client's error for anything a call failed with. An abort is handed back untouched, so
 * callers see the same rejection `fetch` gives them.
 */
export async function toClientError(error: unknown, signal: AbortSignal | undefined) {
  if (signal?.aborted) return error;
  if (error instanceof PartnerKitError) return error;
  if (error instanceof HTTPError) return errorFromResponse(error.response, error);
  if (error instanceof TimeoutError) {
    return new NetworkError({
      message: 'The API did not answer in time',
      status: 0,
      code: 'timeout',
      cause: error,
    });
  }
  return new NetworkError({
    message: 'The API could not be reached',
    status: 0,
    code: 'network_error',
    cause: error,
  });
}
