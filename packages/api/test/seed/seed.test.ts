import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { DemoSeed, Me } from '@partnerkit/contracts';
import { count } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { accounts } from '../../src/accounts/accounts.table.js';
import { deals } from '../../src/deals/deals.table.js';
import { partnerUsers, partners } from '../../src/partners/partners.table.js';
import { describeDemo } from '../../src/cli/print.js';
import { seedDemo } from '../../src/seed/demo.js';
import { apiKeys, tenants } from '../../src/tenants/tenants.table.js';
import { call, describeBackends } from '../support/index.js';

describeBackends('demo seed', (ctx) => {
  async function counts() {
    const { db } = ctx.database;
    const [[t], [k], [p], [u], [a], [d]] = await Promise.all([
      db.select({ n: count() }).from(tenants),
      db.select({ n: count() }).from(apiKeys),
      db.select({ n: count() }).from(partners),
      db.select({ n: count() }).from(partnerUsers),
      db.select({ n: count() }).from(accounts),
      db.select({ n: count() }).from(deals),
    ]);
    return { tenants: t!.n, keys: k!.n, partners: p!.n, users: u!.n, accounts: a!.n, deals: d!.n };
  }

  it('creates Northwind Software with 3 partners in different regions and tiers', async () => {
    const seed = DemoSeed.parse(await seedDemo(ctx.database));
    expect(seed.tenant.name).toBe('Northwind Software');
    expect(seed.partners).toHaveLength(3);
    expect(new Set(seed.partners.map((partner) => partner.country)).size).toBe(3);
    for (const partner of seed.partners) expect(partner.users.length).toBeGreaterThan(0);
  });

  it('is safe to run again: same tenant, same keys, nothing duplicated', async () => {
    const first = await seedDemo(ctx.database);
    const before = await counts();
    const second = await seedDemo(ctx.database);
    expect(second).toEqual(first);
    expect(await counts()).toEqual(before);
    expect(before).toMatchObject({ tenants: 1, keys: 2, partners: 3 });
    expect(before.accounts).toBeGreaterThan(0);
    expect(before.deals).toBeGreaterThan(0);
  });

  it('prints the same for a person', async () => {
    const seed = await seedDemo(ctx.database);
    const text = describeDemo(seed);
    for (const value of [seed.tenant.name, seed.secretKey, seed.publishableKey]) {
      expect(text).toContain(value);
    }
    for (const partner of seed.partners) {
      expect(text).toContain(partner.id);
      for (const user of partner.users) expect(text).toContain(user.email);
    }
  });

  it('prints keys that work against the API', async () => {
    const seed = await seedDemo(ctx.database);
    const [partner] = seed.partners;
    const session = await call(ctx.app, 'POST', '/v1/partner-sessions', {
      auth: seed.secretKey,
      body: { partnerId: partner!.id, userId: partner!.users[0]!.id },
    });
    expect(session.status).toBe(201);
    const me = await call(ctx.app, 'GET', '/v1/me', { auth: session.body.token });
    expect(Me.parse(me.body).tenant.id).toBe(seed.tenant.id);
    const form = await call(ctx.app, 'GET', '/v1/deal-form', { auth: session.body.token });
    expect(form.status).toBe(200);
    expect(form.body.customFields.length).toBeGreaterThan(0);
    expect(form.body.products.length).toBeGreaterThan(0);
  });
});

describe('partnerkit-api seed --demo --json (CLI)', () => {
  const bin = fileURLToPath(new URL('../../bin/partnerkit-api.mjs', import.meta.url));
  const dir = mkdtempSync(join(tmpdir(), 'partnerkit-seed-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const run = (...args: string[]) =>
    promisify(execFile)(process.execPath, [bin, ...args], {
      env: { ...process.env, DATABASE_URL: '', DATA_DIR: join(dir, 'data') },
    });

  it('prints DemoSeed JSON, and the same again on a second run', async () => {
    const first = await run('seed', '--demo', '--json');
    const seed = DemoSeed.parse(JSON.parse(first.stdout));
    const second = await run('seed', '--demo', '--json');
    expect(DemoSeed.parse(JSON.parse(second.stdout))).toEqual(seed);
  }, 120_000);

  it('adds synthetic deals and reports them beside the DemoSeed shape', async () => {
    const { stdout } = await run('seed', '--demo', '--synthetic-deals', '300', '--json');
    const printed = JSON.parse(stdout) as { syntheticDeals: { inserted: number; seconds: number } };
    DemoSeed.parse(printed);
    expect(printed.syntheticDeals.inserted).toBe(300);
    expect(printed.syntheticDeals.seconds).toBeGreaterThanOrEqual(0);
    await expect(run('seed', '--synthetic-deals', '5')).rejects.toThrow(/needs --demo/);
  }, 120_000);
});
