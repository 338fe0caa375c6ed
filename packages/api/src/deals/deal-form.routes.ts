import { DealForm, DealType } from '@partnerkit/contracts';
import { asc, eq } from 'drizzle-orm';
import { Hono } from 'hono';
import { requirePartnerSession } from '../auth/middleware.js';
import { describeEndpoint } from '../http/describe.js';
import type { AppEnv } from '../http/env.js';
import { products } from '../products/products.table.js';

export const dealFormRoutes = new Hono<AppEnv>().get(
  '/',
  describeEndpoint({
    tags: ['Deals'],
    summary: 'What the registration form needs',
    description:
      'Products, currencies, deal types, the tenant’s custom fields, the partner’s territory ' +
      'and the protection rules.',
    security: 'partner',
    responses: { 200: { description: 'The form', schema: DealForm } },
    errors: [401, 403],
  }),
  requirePartnerSession(),
  async (c) => {
    const { db } = c.var.database;
    const { settings, countries } = c.var.partnerContext;
    const catalogue = await db
      .select({ id: products.id, name: products.name, sku: products.sku })
      .from(products)
      .where(eq(products.tenantId, c.var.auth.tenantId))
      .orderBy(asc(products.name));
    return c.json({
      products: catalogue,
      currencies: settings.currencies,
      defaultCurrency: settings.defaultCurrency,
      dealTypes: [...DealType.options],
      countries,
      customFields: settings.customFields,
      rules: {
        protectionDays: settings.protectionDays,
        extensionDays: settings.extensionDays,
        maxExtensions: settings.maxExtensions,
      },
    } satisfies DealForm);
  },
);
