import { PartnerSession, PartnerSessionInput } from '@partnerkit/contracts';
import { Hono } from 'hono';
import { requireSecretKey } from '../auth/middleware.js';
import { signSessionToken } from '../auth/session-token.js';
import type { AppEnv } from '../http/env.js';
import { describeEndpoint } from '../http/describe.js';
import { ProblemError } from '../http/problem.js';
import { validate } from '../http/validate.js';
import { findPartnerUser } from '../partners/partners.service.js';
import { findTenant } from '../tenants/tenants.service.js';

export const sessionRoutes = new Hono<AppEnv>().post(
  '/',
  describeEndpoint({
    tags: ['Partner sessions'],
    summary: 'Mint a partner session token',
    description:
      'Called by the vendor backend for a signed-in partner user. The token is an HS256 JWT ' +
      '(claims `tid`, `pid`, `sub`) that the widgets send as `Authorization: Bearer`. ' +
      'Default lifetime 15 minutes.',
    security: 'secret',
    responses: { 201: { description: 'The session token', schema: PartnerSession } },
    errors: [400, 401, 403, 404, 415],
  }),
  requireSecretKey(),
  validate('json', PartnerSessionInput),
  async (c) => {
    const { partnerId, userId, ttlSeconds } = c.req.valid('json');
    const { db } = c.var.database;
    const tenantId = c.var.auth.tenantId;
    const [tenant, member] = await Promise.all([
      findTenant(db, tenantId),
      findPartnerUser(db, { tenantId, partnerId, userId }),
    ]);
    if (!tenant || !member) {
      throw new ProblemError('not_found', { detail: 'No such user in this partner' });
    }
    const { token, expiresAt } = await signSessionToken(
      { tid: tenantId, pid: partnerId, sub: userId },
      tenant.signingSecret,
      c.var.clock(),
      ttlSeconds,
    );
    return c.json({ token, expiresAt: expiresAt.toISOString() } satisfies PartnerSession, 201);
  },
);
