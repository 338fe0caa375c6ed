import { randomBytes } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { expect, it } from 'vitest';
import type { App } from '../../src/app.js';
import { partners } from '../../src/partners/partners.table.js';
import { createPartner, createPartnerUser } from '../../src/partners/partners.service.js';
import { describeBackends, seedTestTenant, sessionFor, type TestTenant } from '../support/index.js';
import { dealInput, register } from './builders.js';

const TRIALS = 20;

describeBackends('concurrent registrations', (ctx) => {
  /** Five partners that all sell in Germany, each with a session. */
  async function rivals(tenant: TestTenant, app: App): Promise<string[]> {
    const tokens = [];
    for (const partner of [tenant.dach, tenant.northAmerica]) {
      await ctx.database.db
        .update(partners)
        .set({ countries: ['DE'] })
        .where(eq(partners.id, partner.id));
      tokens.push(await sessionFor(app, partner, partner.users[0]!));
    }
    for (let i = 0; i < 3; i++) {
      const row = await createPartner(ctx.database.db, {
        tenantId: tenant.id,
        name: `Rival ${i}`,
        type: 'reseller',
        tier: 'silver',
        countries: ['DE'],
      });
      const user = await createPartnerUser(ctx.database.db, {
        tenantId: tenant.id,
        partnerId: row.id,
        name: `Rita ${i}`,
        email: `rita${i}@${row.id}.test`,
      });
      tokens.push(
        await sessionFor(app, { ...tenant.dach, id: row.id, tenant: tenant.dach.tenant }, user),
      );
    }
    return tokens;
  }

  it(`approves exactly one of 2–5 partners registering the same customer at once (${TRIALS} trials)`, async () => {
    const tenant = await seedTestTenant(ctx.database);
    const tokens = await rivals(tenant, ctx.app);
    for (let trial = 0; trial < TRIALS; trial++) {
      const racers = tokens.slice(0, 2 + (trial % 4));
      // Same customer, written differently by each partner: domain as URL, legal form, case.
      // Random names, so that trials do not look alike to the fuzzy match.
      const name = randomBytes(6).toString('hex');
      const responses = await Promise.all(
        racers.map((token, i) =>
          register(
            ctx.app,
            token,
            dealInput(tenant, {
              name: i % 2 ? `${name.toUpperCase()} AG` : `${name} GmbH`,
              domain: i % 2 ? `https://www.${name}.de/` : `${name}.de`,
            }),
          ),
        ),
      );
      expect(responses.map((r) => r.status)).toEqual(racers.map(() => 201));
      const statuses = responses.map((r) => r.body.status);
      expect(
        statuses.filter((s) => s === 'approved'),
        `trial ${trial}: ${statuses.join(', ')}`,
      ).toHaveLength(1);
      for (const response of responses) {
        if (response.body.status === 'approved') continue;
        expect(response.body.status).toBe('rejected');
        expect(response.body.reasons.map((r: { code: string }) => r.code)).toEqual([
          'duplicate_domain',
        ]);
      }
    }
  }, 120_000);
});
