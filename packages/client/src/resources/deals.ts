import {
  Deal,
  DealEvent,
  DealForm,
  DealVerdict,
  ExtensionRequest,
  Page,
  type DealCheckInput,
  type DealInput,
  type DealListQuery,
  type ExtensionRequestInput,
  type InfoResponseInput,
  type PageQuery,
  type TransitionInput,
} from '@partnerkit/contracts';
import type { CallOptions, Send } from '../http.js';
import { newIdempotencyKey } from '../idempotency.js';
import { paginate } from './paginate.js';

declare const __PK_DEV__: boolean | undefined;

// The contracts this resource's responses are checked against; none when a production browser
// build defines __PK_DEV__ as false (the API shapes its answers from the same contracts). The
// test is written out here, not imported, so that bundlers see it next to the schemas' only
// references and drop the schemas: an imported flag is folded too late to shake them off.
const RESPONSES =
  typeof __PK_DEV__ === 'undefined' || __PK_DEV__
    ? {
        DealEventPage: /* @__PURE__ */ Page(DealEvent),
        DealPage: /* @__PURE__ */ Page(Deal),
        DealForm,
        DealVerdict,
        Deal,
        ExtensionRequest,
      }
    : undefined;

export interface SubmitOptions extends CallOptions {
  /**
   * The key of this logical submission. Omit it and one is generated for this call and its
   * automatic retries; pass the same key again when retrying a failed submission later.
   */
  idempotencyKey?: string;
}

export type DealListParams = Partial<DealListQuery>;
export type PageParams = Partial<PageQuery>;

export interface DealsResource {
  /** `GET /v1/deal-form`: products, currencies, territory, custom fields and rules. */
  form(options?: CallOptions): Promise<DealForm>;
  /** `POST /v1/deals/check`: the verdict a registration would get now. Writes nothing. */
  check(input: DealCheckInput, options?: CallOptions): Promise<DealVerdict>;
  /** `POST /v1/deals`: registers a deal and answers with its decision. */
  create(input: DealInput, options?: SubmitOptions): Promise<Deal>;
  /** `GET /v1/deals`: one page, newest first; pass `nextCursor` back as `cursor`. */
  list(params?: DealListParams, options?: CallOptions): Promise<Page<Deal>>;
  /** Every deal matching `params`, fetching page after page as the loop asks for more. */
  listAll(params?: DealListParams, options?: CallOptions): AsyncGenerator<Deal, void, undefined>;
  /** `GET /v1/deals/{id}`; another partner's deal is a `NotFoundError`. */
  get(id: string, options?: CallOptions): Promise<Deal>;
  /** `GET /v1/deals/{id}/events`: one page of the deal's timeline, oldest first. */
  events(id: string, params?: PageParams, options?: CallOptions): Promise<Page<DealEvent>>;
  /** The deal's whole timeline, page after page. */
  eventsAll(
    id: string,
    params?: PageParams,
    options?: CallOptions,
  ): AsyncGenerator<DealEvent, void, undefined>;
  /** `POST /v1/deals/{id}/extension-requests`: asks for more protection time. */
  requestExtension(
    id: string,
    input: ExtensionRequestInput,
    options?: SubmitOptions,
  ): Promise<ExtensionRequest>;
  /**
   * `POST /v1/deals/{id}/info-responses`: answers the channel manager's request for
   * information; the deal goes back to `pending_review`.
   */
  answerInfoRequest(id: string, input: InfoResponseInput, options?: SubmitOptions): Promise<Deal>;
  /** `POST /v1/deals/{id}/transitions` (secret key): a channel manager's decision. */
  transition(id: string, input: TransitionInput, options?: CallOptions): Promise<Deal>;
}

function dealPath(id: string, rest = ''): string {
  return `v1/deals/${encodeURIComponent(id)}${rest}`;
}

export function dealsResource(send: Send): DealsResource {
  const events: DealsResource['events'] = (id, params = {}, options = {}) =>
    send({
      method: 'GET',
      path: dealPath(id, '/events'),
      credential: 'partnerOrSecret',
      schema: RESPONSES?.DealEventPage,
      query: { cursor: params.cursor, limit: params.limit },
      signal: options.signal,
    });

  const list: DealsResource['list'] = (params = {}, options = {}) =>
    send({
      method: 'GET',
      path: 'v1/deals',
      credential: 'partnerOrSecret',
      schema: RESPONSES?.DealPage,
      query: { status: params.status, cursor: params.cursor, limit: params.limit },
      signal: options.signal,
    });

  return {
    form: (options = {}) =>
      send({
        method: 'GET',
        path: 'v1/deal-form',
        credential: 'partner',
        schema: RESPONSES?.DealForm,
        signal: options.signal,
      }),

    check: (input, options = {}) =>
      send({
        method: 'POST',
        path: 'v1/deals/check',
        credential: 'partner',
        schema: RESPONSES?.DealVerdict,
        body: input,
        safe: true,
        signal: options.signal,
      }),

    create: (input, options = {}) =>
      send({
        method: 'POST',
        path: 'v1/deals',
        credential: 'partner',
        schema: RESPONSES?.Deal,
        body: input,
        idempotencyKey: options.idempotencyKey ?? newIdempotencyKey(),
        signal: options.signal,
      }),

    list,

    listAll: (params = {}, options = {}) =>
      paginate((cursor) => list({ ...params, cursor }, options), params.cursor),

    get: (id, options = {}) =>
      send({
        method: 'GET',
        path: dealPath(id),
        credential: 'partnerOrSecret',
        schema: RESPONSES?.Deal,
        signal: options.signal,
      }),

    events,

    eventsAll: (id, params = {}, options = {}) =>
      paginate((cursor) => events(id, { ...params, cursor }, options), params.cursor),

    requestExtension: (id, input, options = {}) =>
      send({
        method: 'POST',
        path: dealPath(id, '/extension-requests'),
        credential: 'partner',
        schema: RESPONSES?.ExtensionRequest,
        body: input,
        idempotencyKey: options.idempotencyKey ?? newIdempotencyKey(),
        signal: options.signal,
      }),

    answerInfoRequest: (id, input, options = {}) =>
      send({
        method: 'POST',
        path: dealPath(id, '/info-responses'),
        credential: 'partner',
        schema: RESPONSES?.Deal,
        body: input,
        idempotencyKey: options.idempotencyKey ?? newIdempotencyKey(),
        signal: options.signal,
      }),

    transition: (id, input, options = {}) =>
      send({
        method: 'POST',
        path: dealPath(id, '/transitions'),
        credential: 'secret',
        schema: RESPONSES?.Deal,
        body: input,
        signal: options.signal,
      }),
  };
}
