import {
  DealInput,
  MdfRequestInput,
  PROBLEM_CONTENT_TYPE,
  type DealVerdict,
  type Problem,
} from '@partnerkit/contracts';
import { delay, http, HttpResponse, type HttpHandler } from 'msw';
import {
  approvedDeal,
  approvedDealTimeline,
  dealFromInput,
  emptyDealsPage,
  firstDealsPage,
  pendingExtensionRequest,
  secondDealsPage,
  timelineWithoutExtension,
} from './deals.js';
import { dealForm, dealFormWithoutCustomFields } from './deal-form.js';
import {
  insufficientFundsProblem,
  mdfBalances,
  mdfForm,
  mdfFormWithoutFunds,
  mdfRequestFromInput,
  noBalances,
} from './mdf.js';
import { me } from './me.js';
import {
  extensionLimitProblem,
  fieldErrorsProblem,
  notFoundProblem,
  serverErrorProblem,
} from './problems.js';
import { approvedVerdict, pendingVerdict, rejectedVerdict } from './verdicts.js';

/** The `api-base` every story's portal uses; msw answers for it, nothing leaves the browser. */
export const MOCK_API = 'https://api.partnerkit.test';

/** A short, visible latency so loading states flash the way they do against a real API. */
const LATENCY_MS = 300;

const url = (path: string) => `${MOCK_API}/v1${path}`;

function problem(body: Problem) {
  return HttpResponse.json(body, {
    status: body.status,
    headers: { 'Content-Type': PROBLEM_CONTENT_TYPE, 'X-Request-Id': body.requestId ?? '' },
  });
}

const never = (method: 'get' | 'post', path: string) =>
  http[method](url(path), async () => {
    await delay('infinite');
    return HttpResponse.json(null);
  });

const offline = (method: 'get' | 'post', path: string) =>
  http[method](url(path), () => HttpResponse.error());

/**
 * A deal whose partner may still ask for an extension: after `POST …/extension-requests` the
 * timeline shows the request, as the API's does. It keeps state, so a story creates a fresh
 * flow each time it renders (`beforeEach: ({ msw }) => msw.use(...extensionFlow())`).
 */
export function extensionFlow(): HttpHandler[] {
  let requested = false;
  return [
    http.get(url('/deals/:id'), () => HttpResponse.json(approvedDeal)),
    http.get(url('/deals/:id/events'), () =>
      HttpResponse.json(requested ? approvedDealTimeline : timelineWithoutExtension),
    ),
    http.post(url('/deals/:id/extension-requests'), async () => {
      await delay(LATENCY_MS);
      requested = true;
      return HttpResponse.json(pendingExtensionRequest, { status: 201 });
    }),
  ];
}

const createDeal = (verdict: DealVerdict) =>
  http.post(url('/deals'), async ({ request }) => {
    await delay(LATENCY_MS);
    const input = DealInput.parse(await request.json());
    return HttpResponse.json(dealFromInput(input, verdict), { status: 201 });
  });

const checkAnswers = (verdict: DealVerdict) =>
  http.post(url('/deals/check'), async () => {
    await delay(LATENCY_MS);
    return HttpResponse.json(verdict);
  });

/**
 * Handler groups by resource. Stories pick one entry per group in `parameters.msw.handlers`;
 * Storybook merges parameters by key, so a story overrides only the groups it names.
 */
export const mocks = {
  me: {
    ok: [http.get(url('/me'), () => HttpResponse.json(me))],
    offline: [offline('get', '/me')],
  },
  form: {
    loaded: [
      http.get(url('/deal-form'), async () => {
        await delay(LATENCY_MS);
        return HttpResponse.json(dealForm);
      }),
    ],
    withoutCustomFields: [
      http.get(url('/deal-form'), () => HttpResponse.json(dealFormWithoutCustomFields)),
    ],
    loading: [never('get', '/deal-form')],
    offline: [offline('get', '/deal-form')],
    serverError: [http.get(url('/deal-form'), () => problem(serverErrorProblem))],
  },
  check: {
    approved: [checkAnswers(approvedVerdict)],
    pendingReview: [checkAnswers(pendingVerdict)],
    rejected: [checkAnswers(rejectedVerdict)],
    offline: [offline('post', '/deals/check')],
  },
  submit: {
    approved: [createDeal(approvedVerdict)],
    pendingReview: [createDeal(pendingVerdict)],
    rejected: [createDeal(rejectedVerdict)],
    fieldErrors: [http.post(url('/deals'), () => problem(fieldErrorsProblem))],
    serverError: [http.post(url('/deals'), () => problem(serverErrorProblem))],
    loading: [never('post', '/deals')],
    offline: [offline('post', '/deals')],
  },
  list: {
    everyState: [
      http.get(url('/deals'), async ({ request }) => {
        await delay(LATENCY_MS);
        const params = new URL(request.url).searchParams;
        const page =
          params.get('cursor') === firstDealsPage.nextCursor ? secondDealsPage : firstDealsPage;
        const status = params.get('status');
        const items = status ? page.items.filter((deal) => deal.status === status) : page.items;
        return HttpResponse.json({ ...page, items });
      }),
    ],
    empty: [http.get(url('/deals'), () => HttpResponse.json(emptyDealsPage))],
    loading: [never('get', '/deals')],
    offline: [offline('get', '/deals')],
    serverError: [http.get(url('/deals'), () => problem(serverErrorProblem))],
  },
  deal: {
    withTimeline: [
      http.get(url('/deals/:id'), () => HttpResponse.json(approvedDeal)),
      http.get(url('/deals/:id/events'), () => HttpResponse.json(approvedDealTimeline)),
    ],
    extensionLimitReached: [
      http.get(url('/deals/:id'), () =>
        HttpResponse.json({ ...approvedDeal, extensionsUsed: dealForm.rules.maxExtensions }),
      ),
      http.get(url('/deals/:id/events'), () => HttpResponse.json(timelineWithoutExtension)),
      http.post(url('/deals/:id/extension-requests'), () => problem(extensionLimitProblem)),
    ],
    notFound: [
      http.get(url('/deals/:id'), () => problem(notFoundProblem)),
      http.get(url('/deals/:id/events'), () => problem(notFoundProblem)),
    ],
    loading: [never('get', '/deals/:id'), never('get', '/deals/:id/events')],
    offline: [offline('get', '/deals/:id'), offline('get', '/deals/:id/events')],
  },
  mdfForm: {
    loaded: [
      http.get(url('/mdf/form'), async () => {
        await delay(LATENCY_MS);
        return HttpResponse.json(mdfForm);
      }),
    ],
    withoutFunds: [http.get(url('/mdf/form'), () => HttpResponse.json(mdfFormWithoutFunds))],
    loading: [never('get', '/mdf/form')],
    offline: [offline('get', '/mdf/form')],
  },
  mdfBalance: {
    loaded: [http.get(url('/mdf/balance'), () => HttpResponse.json(mdfBalances))],
    none: [http.get(url('/mdf/balance'), () => HttpResponse.json(noBalances))],
    loading: [never('get', '/mdf/balance')],
    offline: [offline('get', '/mdf/balance')],
  },
  mdfSubmit: {
    submitted: [
      http.post(url('/mdf/requests'), async ({ request }) => {
        await delay(LATENCY_MS);
        const input = MdfRequestInput.parse(await request.json());
        return HttpResponse.json(mdfRequestFromInput(input), { status: 201 });
      }),
    ],
    insufficientFunds: [http.post(url('/mdf/requests'), () => problem(insufficientFundsProblem))],
    offline: [offline('post', '/mdf/requests')],
  },
} satisfies Record<string, Record<string, HttpHandler[]>>;

/** What a healthy API answers: the default of every story. */
export const defaultHandlers = {
  me: mocks.me.ok,
  form: mocks.form.loaded,
  check: mocks.check.approved,
  submit: mocks.submit.approved,
  list: mocks.list.everyState,
  deal: mocks.deal.withTimeline,
  mdfForm: mocks.mdfForm.loaded,
  mdfBalance: mocks.mdfBalance.loaded,
  mdfSubmit: mocks.mdfSubmit.submitted,
};
