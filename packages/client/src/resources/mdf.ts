import {
  MdfAllocation,
  MdfBalances,
  MdfForm,
  MdfRequest,
  MdfRequestDetail,
  Page,
  type MdfAllocationInput,
  type MdfAllocationListQuery,
  type MdfBalanceQuery,
  type MdfClaimInput,
  type MdfInfoResponseInput,
  type MdfRequestInput,
  type MdfRequestListQuery,
  type MdfTransitionInput,
} from '@partnerkit/contracts';
import type { CallOptions, Send } from '../http.js';
import type { Schema } from '../responses.js';
import { newIdempotencyKey } from '../idempotency.js';
import type { SubmitOptions } from './deals.js';
import { paginate } from './paginate.js';

declare const __PK_DEV__: boolean | undefined;

// As in deals.ts: written out here so that production browser builds drop the schemas.
const RESPONSES =
  typeof __PK_DEV__ === 'undefined' || __PK_DEV__
    ? {
        MdfAllocationPage: /* @__PURE__ */ Page(MdfAllocation),
        MdfRequestPage: /* @__PURE__ */ Page(MdfRequest),
        MdfAllocation,
        MdfBalances,
        MdfForm,
        MdfRequest,
        MdfRequestDetail,
      }
    : undefined;

export type MdfRequestListParams = Partial<MdfRequestListQuery>;
export type MdfAllocationListParams = Partial<MdfAllocationListQuery>;

export interface MdfResource {
  /** `GET /v1/mdf/form`: activity types with co-op rate and proof, currencies, open periods. */
  form(options?: CallOptions): Promise<MdfForm>;
  /**
   * `GET /v1/mdf/balance`: per currency and period, every bucket in minor units. A partner
   * session reads its own; a secret key passes `partnerId`.
   */
  balance(params?: MdfBalanceQuery, options?: CallOptions): Promise<MdfBalances>;
  /** `POST /v1/mdf/allocations` (secret key): funds for one partner, period and currency. */
  allocate(input: MdfAllocationInput, options?: SubmitOptions): Promise<MdfAllocation>;
  /** `GET /v1/mdf/allocations`: one page, newest first. */
  allocations(
    params?: MdfAllocationListParams,
    options?: CallOptions,
  ): Promise<Page<MdfAllocation>>;
  /** `POST /v1/mdf/requests`: asks for funds; they are held from the balance at once. */
  request(input: MdfRequestInput, options?: SubmitOptions): Promise<MdfRequest>;
  /** `GET /v1/mdf/requests`: one page, newest first; a partner session sees its own. */
  list(params?: MdfRequestListParams, options?: CallOptions): Promise<Page<MdfRequest>>;
  /** Every request matching `params`, page after page as the loop asks for more. */
  listAll(
    params?: MdfRequestListParams,
    options?: CallOptions,
  ): AsyncGenerator<MdfRequest, void, undefined>;
  /** `GET /v1/mdf/requests/{id}` with its claims and timeline; another partner's is not found. */
  get(id: string, options?: CallOptions): Promise<MdfRequestDetail>;
  /** `POST /v1/mdf/requests/{id}/transitions` (secret key): the channel manager's decision. */
  transition(id: string, input: MdfTransitionInput, options?: SubmitOptions): Promise<MdfRequest>;
  /** `POST /v1/mdf/requests/{id}/info-responses`: answers `needs_info`; back to review. */
  answerInfoRequest(
    id: string,
    input: MdfInfoResponseInput,
    options?: SubmitOptions,
  ): Promise<MdfRequest>;
  /** `POST /v1/mdf/requests/{id}/claims`: spend, results and proof files of an approved one. */
  claim(id: string, input: MdfClaimInput, options?: SubmitOptions): Promise<MdfRequest>;
}

function requestPath(id: string, rest = ''): string {
  return `v1/mdf/requests/${encodeURIComponent(id)}${rest}`;
}

export function mdfResource(send: Send): MdfResource {
  const list: MdfResource['list'] = (params = {}, options = {}) =>
    send({
      method: 'GET',
      path: 'v1/mdf/requests',
      credential: 'partnerOrSecret',
      schema: RESPONSES?.MdfRequestPage,
      query: {
        status: params.status,
        partnerId: params.partnerId,
        cursor: params.cursor,
        limit: params.limit,
      },
      signal: options.signal,
    });

  // Every MDF write is idempotent: one key per logical submission, kept over retries.
  const post = <T>(
    path: string,
    credential: 'partner' | 'secret',
    schema: Schema<T> | undefined,
    body: unknown,
    options: SubmitOptions,
  ) =>
    send({
      method: 'POST',
      path,
      credential,
      schema,
      body,
      idempotencyKey: options.idempotencyKey ?? newIdempotencyKey(),
      signal: options.signal,
    });

  return {
    form: (options = {}) =>
      send({
        method: 'GET',
        path: 'v1/mdf/form',
        credential: 'partner',
        schema: RESPONSES?.MdfForm,
        signal: options.signal,
      }),

    balance: (params = {}, options = {}) =>
      send({
        method: 'GET',
        path: 'v1/mdf/balance',
        credential: 'partnerOrSecret',
        schema: RESPONSES?.MdfBalances,
        query: { partnerId: params.partnerId },
        signal: options.signal,
      }),

    allocate: (input, options = {}) =>
      post('v1/mdf/allocations', 'secret', RESPONSES?.MdfAllocation, input, options),

    allocations: (params = {}, options = {}) =>
      send({
        method: 'GET',
        path: 'v1/mdf/allocations',
        credential: 'partnerOrSecret',
        schema: RESPONSES?.MdfAllocationPage,
        query: { partnerId: params.partnerId, cursor: params.cursor, limit: params.limit },
        signal: options.signal,
      }),

    request: (input, options = {}) =>
      post('v1/mdf/requests', 'partner', RESPONSES?.MdfRequest, input, options),

    list,

    listAll: (params = {}, options = {}) =>
      paginate((cursor) => list({ ...params, cursor }, options), params.cursor),

    get: (id, options = {}) =>
      send({
        method: 'GET',
        path: requestPath(id),
        credential: 'partnerOrSecret',
        schema: RESPONSES?.MdfRequestDetail,
        signal: options.signal,
      }),

    transition: (id, input, options = {}) =>
      post(requestPath(id, '/transitions'), 'secret', RESPONSES?.MdfRequest, input, options),

    answerInfoRequest: (id, input, options = {}) =>
      post(requestPath(id, '/info-responses'), 'partner', RESPONSES?.MdfRequest, input, options),

    claim: (id, input, options = {}) =>
      post(requestPath(id, '/claims'), 'partner', RESPONSES?.MdfRequest, input, options),
  };
}
