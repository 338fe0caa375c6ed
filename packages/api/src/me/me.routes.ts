import { Me } from '@partnerkit/contracts';
import { Hono } from 'hono';
import { requirePartnerSession } from '../auth/middleware.js';
import type { AppEnv } from '../http/env.js';
import { describeEndpoint } from '../http/describe.js';
import { ProblemError } from '../http/problem.js';
import { findPartnerUser, toPartner, toPartnerUser } from '../partners/partners.service.js';
import { findTenant } from '../tenants/tenants.service.js';

export const meRoutes = new Hono<AppEnv>().get(
  '/',
  describeEndpoint({
    tags: ['Partner sessions'],
    summary: 'Who the session token speaks for',
    security: 'partner',
    responses: { 200: { description: 'Tenant, partner and user', schema: Me } },
    errors: [401, 403],
  }),
  requirePartnerSession(),
  async (c) => {
    const { db } = c.var.database;
    const [tenant, member] = await Promise.all([
      findTenant(db, c.var.auth.tenantId),
      findPartnerUser(db, c.var.auth),
    ]);
    if (!tenant || !member) throw new ProblemError('unauthorized');
    return c.json({
      tenant: { id: tenant.id, name: tenant.name },
      partner: toPartner(member.partner),
      user: toPartnerUser(member.user),
    } satisfies Me);
  },
);
