import {
  Id,
  MdfAllocation,
  MdfAllocationInput,
  MdfAllocationListQuery,
  MdfBalanceQuery,
  MdfBalances,
  MdfClaimInput,
  MdfForm,
  MdfInfoResponseInput,
  MdfRequest,
  MdfRequestDetail,
  MdfRequestInput,
  MdfRequestListQuery,
  MdfTransitionInput,
  Page,
} from '@partnerkit/contracts';
import { and, eq } from 'drizzle-orm';
import { Hono } from 'hono';
import * as z from 'zod/mini';
import {
  requirePartnerOrSecret,
  requirePartnerSession,
  requireSecretKey,
} from '../auth/middleware.js';
import { describeEndpoint } from '../http/describe.js';
import type { AppEnv } from '../http/env.js';
import { idempotency } from '../http/idempotency.js';
import { ProblemError } from '../http/problem.js';
import { validate } from '../http/validate.js';
import { partners } from '../partners/partners.table.js';
import { createAllocation } from './allocations.js';
import { readBalances } from './balance.js';
import { readMdfForm } from './form.js';
import { answerInfoRequest, MDF_TRANSITIONS, submitClaim, transitionRequest } from './lifecycle.js';
import { getRequestDetail, listAllocations, listRequests } from './queries.js';
import { submitRequest } from './requests.js';
import { toMdfAllocation, toMdfRequest } from './serialize.js';

const RequestParam = z.object({ id: Id });
const tags = ['MDF'];

const transitionList = Object.entries(MDF_TRANSITIONS)
  .map(([action, step]) => `\`${action}\` (from ${step.from.join(', ')})`)
  .join('; ');

export const mdfRoutes = new Hono<AppEnv>()
  .get(
    '/form',
    describeEndpoint({
      tags,
      summary: 'What the MDF request form needs',
      description:
        'The tenant’s activity types (label in the user’s locale, else the best of ' +
        '`Accept-Language`, else English; co-op rate in basis points; the proof a claim needs), ' +
        'and the currencies and periods the partner has open allocations in.',
      security: 'partner',
      responses: { 200: { description: 'The form', schema: MdfForm } },
      errors: [401, 403],
    }),
    requirePartnerSession(),
    async (c) =>
      c.json(
        (await readMdfForm(
          c.var.database.db,
          c.var.auth,
          c.var.partnerContext.settings,
          c.req.header('Accept-Language'),
          c.var.clock().toISOString().slice(0, 10),
        )) satisfies MdfForm,
      ),
  )
  .get(
    '/balance',
    describeEndpoint({
      tags,
      summary: 'Fund balances',
      description:
        'One entry per allocation period and currency, in integer minor units. Every request ' +
        'counts in one bucket by its status: `pending` (submitted, needs_info) at the requested ' +
        'amount, `committed` (approved, claim_rejected) at the approved amount, `claimed` ' +
        '(claim_submitted, claim_approved) at the reimbursable amount, `paid`; rejected ones ' +
        'nowhere. `available = allocated − pending − committed − claimed − paid`. A secret key ' +
        'names the partner with `?partnerId=`.',
      security: ['partner', 'secret'],
      responses: { 200: { description: 'The balances', schema: MdfBalances } },
      errors: [400, 401, 403, 404],
    }),
    requirePartnerOrSecret(),
    validate('query', MdfBalanceQuery),
    async (c) => {
      const { db } = c.var.database;
      const { auth } = c.var;
      const { partnerId } = c.req.valid('query');
      const noSuchPartner = () => new ProblemError('not_found', { detail: 'No such partner' });
      if (auth.kind === 'partner') {
        if (partnerId && partnerId !== auth.partnerId) throw noSuchPartner();
        return c.json(await readBalances(db, auth.tenantId, auth.partnerId));
      }
      if (!partnerId) {
        throw new ProblemError('validation_failed', {
          errors: [{ path: 'partnerId', code: 'required', message: 'Name the partner' }],
        });
      }
      const [partner] = await db
        .select({ id: partners.id })
        .from(partners)
        .where(and(eq(partners.tenantId, auth.tenantId), eq(partners.id, partnerId)));
      if (!partner) throw noSuchPartner();
      return c.json((await readBalances(db, auth.tenantId, partnerId)) satisfies MdfBalances);
    },
  )
  .post(
    '/allocations',
    describeEndpoint({
      tags,
      summary: 'Allocate funds to a partner',
      description:
        'Adds to the partner’s funds for the period and currency; several allocations of one ' +
        'period and currency add up. Periods of one partner and currency may not overlap ' +
        'unless they are the same.',
      security: 'secret',
      idempotent: true,
      responses: { 201: { description: 'The allocation', schema: MdfAllocation } },
      errors: [400, 401, 403, 404, 409, 415, 422],
      problemCodes: ['mdf_period_overlap', 'idempotency_key_in_use', 'idempotency_key_reused'],
    }),
    requireSecretKey(),
    idempotency(),
    validate('json', MdfAllocationInput),
    async (c) => {
      const allocation = await createAllocation(
        c.var.database.db,
        c.var.auth.tenantId,
        c.req.valid('json'),
        c.var.clock(),
      );
      return c.json(toMdfAllocation(allocation) satisfies MdfAllocation, 201);
    },
  )
  .get(
    '/allocations',
    describeEndpoint({
      tags,
      summary: 'List allocations',
      description: 'Newest first. A partner session sees its own, a secret key every partner’s.',
      security: ['partner', 'secret'],
      responses: { 200: { description: 'A page of allocations', schema: Page(MdfAllocation) } },
      errors: [400, 401, 403],
    }),
    requirePartnerOrSecret(),
    validate('query', MdfAllocationListQuery),
    async (c) => c.json(await listAllocations(c.var.database.db, c.var.auth, c.req.valid('query'))),
  )
  .post(
    '/requests',
    describeEndpoint({
      tags,
      summary: 'Request funds',
      description:
        'Draws on the partner’s allocation in the amount’s currency whose period contains ' +
        '`startDate`, and holds the amount at once (it counts as `pending`). More than is ' +
        'available is refused and nothing is written, however many requests arrive at once.',
      security: 'partner',
      idempotent: true,
      responses: { 201: { description: 'The submitted request', schema: MdfRequest } },
      errors: [400, 401, 403, 409, 415, 422],
      problemCodes: [
        'mdf_insufficient_funds',
        'mdf_no_allocation',
        'idempotency_key_in_use',
        'idempotency_key_reused',
      ],
    }),
    requirePartnerSession(),
    idempotency(),
    validate('json', MdfRequestInput),
    async (c) => {
      const request = await submitRequest(
        c.var.database.db,
        c.var.auth,
        c.var.partnerContext.settings,
        c.req.valid('json'),
        c.var.clock(),
      );
      return c.json(toMdfRequest(request) satisfies MdfRequest, 201);
    },
  )
  .get(
    '/requests',
    describeEndpoint({
      tags,
      summary: 'List MDF requests',
      description:
        'Newest first. A partner session sees its own requests, a secret key every partner’s ' +
        '(`?partnerId=` for one).',
      security: ['partner', 'secret'],
      responses: { 200: { description: 'A page of requests', schema: Page(MdfRequest) } },
      errors: [400, 401, 403],
    }),
    requirePartnerOrSecret(),
    validate('query', MdfRequestListQuery),
    async (c) => c.json(await listRequests(c.var.database.db, c.var.auth, c.req.valid('query'))),
  )
  .get(
    '/requests/:id',
    describeEndpoint({
      tags,
      summary: 'Get an MDF request',
      description:
        'With its claims and its timeline, oldest first. Requests of other partners answer ' +
        '404, like requests that do not exist.',
      security: ['partner', 'secret'],
      responses: { 200: { description: 'The request', schema: MdfRequestDetail } },
      errors: [401, 403, 404],
    }),
    requirePartnerOrSecret(),
    validate('param', RequestParam),
    async (c) =>
      c.json(
        (await getRequestDetail(
          c.var.database.db,
          c.var.auth,
          c.req.valid('param').id,
        )) satisfies MdfRequestDetail,
      ),
  )
  .post(
    '/requests/:id/transitions',
    describeEndpoint({
      tags,
      summary: 'Move an MDF request (channel manager)',
      description:
        `${transitionList}. \`approve\` may approve less than requested ` +
        '(`approvedAmount`), which frees the rest; `mark_paid` pays the reimbursable amount ' +
        'and may carry a `paymentReference`.',
      security: 'secret',
      idempotent: true,
      responses: { 200: { description: 'The request after the move', schema: MdfRequest } },
      errors: [400, 401, 403, 404, 409, 415, 422],
      problemCodes: ['invalid_transition', 'mdf_invalid_amount', 'mdf_insufficient_funds'],
    }),
    requireSecretKey(),
    idempotency(),
    validate('param', RequestParam),
    validate('json', MdfTransitionInput),
    async (c) => {
      const request = await transitionRequest(
        c.var.database.db,
        c.var.auth.tenantId,
        c.req.valid('param').id,
        c.req.valid('json'),
        c.var.clock(),
      );
      return c.json(toMdfRequest(request) satisfies MdfRequest);
    },
  )
  .post(
    '/requests/:id/info-responses',
    describeEndpoint({
      tags,
      summary: 'Answer a request for information',
      description:
        'For the partner’s own requests in `needs_info`: the note becomes the timeline entry ' +
        '`info_provided` (and the `mdf_request.info_provided` webhook), and the request goes ' +
        'back to `submitted` for review.',
      security: 'partner',
      idempotent: true,
      responses: { 200: { description: 'The request, back in review', schema: MdfRequest } },
      errors: [400, 401, 403, 404, 409, 415, 422],
      problemCodes: ['invalid_transition'],
    }),
    requirePartnerSession(),
    idempotency(),
    validate('param', RequestParam),
    validate('json', MdfInfoResponseInput),
    async (c) => {
      const request = await answerInfoRequest(
        c.var.database.db,
        c.var.auth,
        c.req.valid('param').id,
        c.req.valid('json').note,
        c.var.clock(),
      );
      return c.json(toMdfRequest(request) satisfies MdfRequest);
    },
  )
  .post(
    '/requests/:id/claims',
    describeEndpoint({
      tags,
      summary: 'Claim reimbursement with proof of performance',
      description:
        'For an approved request, or one whose claim was rejected. Reimburses ' +
        'min(approved amount, spend × the co-op rate), rounded half to even ' +
        '(`reimbursableAmount` in contracts); what it leaves of the approved amount goes back ' +
        'to the balance. The proof the activity type requires (files, results) must be there, ' +
        'and every file must be one of the partner’s.',
      security: 'partner',
      idempotent: true,
      responses: { 201: { description: 'The request, claim submitted', schema: MdfRequest } },
      errors: [400, 401, 403, 404, 409, 415, 422],
      problemCodes: ['invalid_transition', 'mdf_claim_invalid'],
    }),
    requirePartnerSession(),
    idempotency(),
    validate('param', RequestParam),
    validate('json', MdfClaimInput),
    async (c) => {
      const request = await submitClaim(
        c.var.database.db,
        c.var.auth,
        c.req.valid('param').id,
        c.req.valid('json'),
        c.var.clock(),
      );
      return c.json(toMdfRequest(request) satisfies MdfRequest, 201);
    },
  );
