import { Problem, type ProblemCode } from '@partnerkit/contracts';
import { describeRoute, resolver } from 'hono-openapi';
import type { $ZodType } from 'zod/v4/core';

export type Security = 'secret' | 'partner' | 'publishable' | 'none';

const SCHEMES: Record<Exclude<Security, 'none'>, string> = {
  secret: 'secretKey',
  partner: 'partnerSession',
  publishable: 'publishableKey',
};

const ERROR_DESCRIPTIONS: Record<number, string> = {
  400: 'Invalid request (`validation_failed`, `malformed_json`)',
  401: 'Missing, unknown or expired credential (`unauthorized`, `token_expired`)',
  403: 'The credential may not do this (`forbidden`, `origin_not_allowed`)',
  404: 'Not found, or not visible to this credential',
  409: 'Conflicts with the current state',
  413: 'Body over the size limit',
  415: 'Body is not application/json',
  422: 'Cannot be done with this body now (`idempotency_key_reused`, or a code listed below)',
};

export interface EndpointDescription {
  tags: string[];
  summary: string;
  description?: string;
  /** Which credentials the endpoint takes; `none` for public ones. */
  security: Security | Security[];
  /** Success responses by status, with the contract schema of the body. */
  responses: Record<number, { description: string; schema?: $ZodType }>;
  /** Error statuses it can answer with, each as problem+json. */
  errors?: number[];
  /** Codes this endpoint adds to the usual ones, listed in the description. */
  problemCodes?: ProblemCode[];
  /** Takes an `Idempotency-Key` header (creating POSTs). */
  idempotent?: boolean;
  /** For a body that no `validate('json', …)` describes, such as a multipart upload. */
  requestBody?: DescribeRouteOptions['requestBody'];
}

type DescribeRouteOptions = Parameters<typeof describeRoute>[0];

const problemContent = { 'application/problem+json': { schema: resolver(Problem) } };

/**
 * One way to describe a route for `/openapi.json`, so every resource looks alike:
 *
 * ```ts
 * routes.post(
 *   '/',
 *   describeEndpoint({
 *     tags: ['Partner sessions'],
 *     summary: 'Mint a partner session token',
 *     security: 'secret',
 *     responses: { 201: { description: 'The token', schema: PartnerSession } },
 *     errors: [400, 401, 403, 404],
 *   }),
 *   requireSecretKey(),
 *   validate('json', PartnerSessionInput),
 *   async (c) => …,
 * );
 * ```
 */
export function describeEndpoint(endpoint: EndpointDescription) {
  const security = [endpoint.security]
    .flat()
    .filter((s): s is Exclude<Security, 'none'> => s !== 'none')
    .map((s) => ({ [SCHEMES[s]]: [] }));
  const responses: Record<string, unknown> = {};
  for (const [status, response] of Object.entries(endpoint.responses)) {
    responses[status] = {
      description: response.description,
      ...(response.schema && {
        content: { 'application/json': { schema: resolver(response.schema) } },
      }),
    };
  }
  for (const status of endpoint.errors ?? []) {
    responses[status] = {
      description: ERROR_DESCRIPTIONS[status] ?? 'Error',
      content: problemContent,
    };
  }
  const codes = endpoint.problemCodes?.length
    ? `\n\nProblem codes: ${endpoint.problemCodes.map((code) => `\`${code}\``).join(', ')}.`
    : '';
  return describeRoute({
    tags: endpoint.tags,
    summary: endpoint.summary,
    description: (endpoint.description ?? '') + codes || undefined,
    security,
    ...(endpoint.idempotent && {
      parameters: [
        {
          name: 'Idempotency-Key',
          in: 'header',
          required: false,
          description:
            'Makes retries safe: a repeat with the same key within 24 hours returns the first result',
          schema: { type: 'string', maxLength: 255 },
        },
      ],
    }),
    ...(endpoint.requestBody && { requestBody: endpoint.requestBody }),
    responses: responses as DescribeRouteOptions['responses'],
  });
}
