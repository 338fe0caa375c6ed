import { AccountImportInput, AccountImportResult } from '@partnerkit/contracts';
import { Hono } from 'hono';
import { requireSecretKey } from '../auth/middleware.js';
import { describeEndpoint } from '../http/describe.js';
import type { AppEnv } from '../http/env.js';
import { validate } from '../http/validate.js';
import { importAccounts } from './import.js';

export const accountRoutes = new Hono<AppEnv>().post(
  '/import',
  describeEndpoint({
    tags: ['Accounts'],
    summary: "Import the vendor's existing customers",
    description:
      'Upserts by `externalId`, else by domain, else by company name. Deal registrations are ' +
      'checked against these accounts. Up to 10,000 accounts a request; the body may be up to ' +
      '16 MiB here, 1 MiB elsewhere.',
    security: 'secret',
    responses: {
      200: { description: 'How many were new and how many updated', schema: AccountImportResult },
    },
    errors: [400, 401, 403, 413, 415],
  }),
  requireSecretKey(),
  validate('json', AccountImportInput),
  async (c) => {
    const result = await importAccounts(
      c.var.database.db,
      c.var.auth.tenantId,
      c.req.valid('json'),
      c.var.clock(),
    );
    return c.json(result satisfies AccountImportResult);
  },
);
