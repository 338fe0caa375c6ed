import {
  Deal,
  DealCheckInput,
  DealEvent,
  DealInput,
  DealListQuery,
  DealVerdict,
  ExtensionRequest,
  ExtensionRequestInput,
  Id,
  InfoResponseInput,
  Page,
  PageQuery,
  TransitionInput,
} from '@partnerkit/contracts';
import { Hono } from 'hono';
import * as z from 'zod/mini';
import {
  requirePartnerOrSecret,
  requirePartnerSession,
  requirePartnerSessionCheckedByHandler,
  requireSecretKey,
} from '../auth/middleware.js';
import { describeEndpoint } from '../http/describe.js';
import type { AppEnv } from '../http/env.js';
import { idempotency } from '../http/idempotency.js';
import { validate } from '../http/validate.js';
import { requestExtension } from './extensions.js';
import { answerInfoRequest } from './info-responses.js';
import { getVisibleDeal, listDealEvents, listDeals } from './queries.js';
import { checkDeal, registerDeal } from './register.js';
import { toDeal, toExtensionRequest } from './serialize.js';
import { transitionDeal } from './transitions.js';

const DealParam = z.object({ id: Id });
const tags = ['Deals'];

export const dealRoutes = new Hono<AppEnv>()
  .post(
    '/check',
    describeEndpoint({
      tags,
      summary: 'Pre-check a registration',
      description:
        'The verdict a registration of this company would get now, with reasons, while the ' +
        'partner types. Writes nothing and never reveals another partner or its deal.',
      security: 'partner',
      responses: { 200: { description: 'The verdict', schema: DealVerdict } },
      errors: [400, 401, 403, 415],
    }),
    requirePartnerSession(),
    validate('json', DealCheckInput),
    async (c) => {
      const verdict = await checkDeal(
        c.var.database.db,
        c.var.auth,
        c.var.partnerContext,
        c.req.valid('json'),
        c.var.clock(),
      );
      return c.json(verdict satisfies DealVerdict);
    },
  )
  .post(
    '/',
    describeEndpoint({
      tags,
      summary: 'Register a deal',
      description:
        'Validates, normalises and decides in one request: `approved` (protected until ' +
        '`protectedUntil`), `rejected` or `pending_review`, with reasons. Of two partners ' +
        'registering the same customer at the same moment, exactly one is approved.',
      security: 'partner',
      idempotent: true,
      responses: { 201: { description: 'The deal with its verdict', schema: Deal } },
      errors: [400, 401, 403, 409, 415, 422],
      problemCodes: ['idempotency_key_in_use', 'idempotency_key_reused'],
    }),
    requirePartnerSessionCheckedByHandler(),
    idempotency(),
    validate('json', DealInput),
    async (c) => {
      const deal = await registerDeal(
        c.var.database.db,
        c.var.session,
        c.req.valid('json'),
        c.var.clock(),
      );
      return c.json(toDeal(deal) satisfies Deal, 201);
    },
  )
  .get(
    '/',
    describeEndpoint({
      tags,
      summary: 'List deals',
      description:
        'Newest first. A partner session sees its partner’s deals, a secret key every deal.',
      security: ['partner', 'secret'],
      responses: { 200: { description: 'A page of deals', schema: Page(Deal) } },
      errors: [400, 401, 403],
    }),
    requirePartnerOrSecret(),
    validate('query', DealListQuery),
    async (c) => c.json(await listDeals(c.var.database.db, c.var.auth, c.req.valid('query'))),
  )
  .get(
    '/:id',
    describeEndpoint({
      tags,
      summary: 'Get a deal',
      description: 'Deals of other partners answer 404, like deals that do not exist.',
      security: ['partner', 'secret'],
      responses: { 200: { description: 'The deal', schema: Deal } },
      errors: [401, 403, 404],
    }),
    requirePartnerOrSecret(),
    validate('param', DealParam),
    async (c) => {
      const deal = await getVisibleDeal(c.var.database.db, c.var.auth, c.req.valid('param').id);
      return c.json(toDeal(deal) satisfies Deal);
    },
  )
  .get(
    '/:id/events',
    describeEndpoint({
      tags,
      summary: "A deal's timeline",
      description: 'Oldest first.',
      security: ['partner', 'secret'],
      responses: { 200: { description: 'A page of events', schema: Page(DealEvent) } },
      errors: [400, 401, 403, 404],
    }),
    requirePartnerOrSecret(),
    validate('param', DealParam),
    validate('query', PageQuery),
    async (c) =>
      c.json(
        await listDealEvents(
          c.var.database.db,
          c.var.auth,
          c.req.valid('param').id,
          c.req.valid('query'),
        ),
      ),
  )
  .post(
    '/:id/extension-requests',
    describeEndpoint({
      tags,
      summary: 'Ask for a longer protection',
      description:
        'For approved deals; the tenant limits how many extensions a deal gets, and one ' +
        'request may be pending at a time.',
      security: 'partner',
      idempotent: true,
      responses: { 201: { description: 'The pending request', schema: ExtensionRequest } },
      errors: [400, 401, 403, 404, 409, 415, 422],
      problemCodes: ['invalid_transition', 'extension_limit_reached', 'extension_already_pending'],
    }),
    requirePartnerSession(),
    idempotency(),
    validate('param', DealParam),
    validate('json', ExtensionRequestInput),
    async (c) => {
      const request = await requestExtension(
        c.var.database.db,
        c.var.auth,
        c.req.valid('param').id,
        c.req.valid('json').reason,
        c.var.clock(),
      );
      return c.json(toExtensionRequest(request) satisfies ExtensionRequest, 201);
    },
  )
  .post(
    '/:id/info-responses',
    describeEndpoint({
      tags,
      summary: 'Answer a request for information',
      description:
        'For the partner’s own deals in `needs_info`: the answer becomes the timeline entry ' +
        '`info_provided` (and the `deal.info_provided` webhook), and the deal goes back to ' +
        '`pending_review` for the channel manager.',
      security: 'partner',
      idempotent: true,
      responses: { 200: { description: 'The deal, back in review', schema: Deal } },
      errors: [400, 401, 403, 404, 409, 415, 422],
      problemCodes: ['invalid_transition'],
    }),
    requirePartnerSession(),
    idempotency(),
    validate('param', DealParam),
    validate('json', InfoResponseInput),
    async (c) => {
      const deal = await answerInfoRequest(
        c.var.database.db,
        c.var.auth,
        c.req.valid('param').id,
        c.req.valid('json').answer,
        c.var.clock(),
      );
      return c.json(toDeal(deal) satisfies Deal);
    },
  )
  .post(
    '/:id/transitions',
    describeEndpoint({
      tags,
      summary: 'Move a deal (channel manager)',
      description:
        'approve, reject, request_info, won, lost, grant_extension (adds the tenant’s ' +
        'extension days to the protection) and deny_extension, each only from the states ' +
        'that allow it.',
      security: 'secret',
      responses: { 200: { description: 'The deal after the move', schema: Deal } },
      errors: [400, 401, 403, 404, 409, 415],
      problemCodes: ['invalid_transition', 'extension_limit_reached'],
    }),
    requireSecretKey(),
    validate('param', DealParam),
    validate('json', TransitionInput),
    async (c) => {
      const { action, note } = c.req.valid('json');
      const deal = await transitionDeal(
        c.var.database.db,
        c.var.auth.tenantId,
        c.req.valid('param').id,
        action,
        note,
        c.var.clock(),
      );
      return c.json(toDeal(deal) satisfies Deal);
    },
  );
