import { beforeEach, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { requirePartnerOrSecret } from '../../src/auth/middleware.js';
import { idempotency, pruneIdempotencyKeys } from '../../src/http/idempotency.js';
import { ProblemError } from '../../src/http/problem.js';
import { validate } from '../../src/http/validate.js';
import { platformApp } from '../support/platform-app.js';
import { MINUTE, describeBackends, seedTestTenant, sessionFor } from '../support/index.js';

describeBackends('Idempotency-Key on creating POSTs', (ctx) => {
  let runs = 0;
  let gate: Promise<void> | null = null;
  let failNext = false;
  beforeEach(() => {
    runs = 0;
    gate = null;
    failNext = false;
  });

  const app = () =>
    platformApp(ctx, (routes) =>
      routes.post(
        '/things',
        requirePartnerOrSecret(),
        idempotency(),
        validate('json', z.object({ name: z.string() })),
        async (c) => {
          runs += 1;
          const run = runs;
          if (gate) await gate;
          if (failNext) {
            failNext = false;
            throw new ProblemError('invalid_transition');
          }
          return c.json({ id: `thing_${run}`, name: c.req.valid('json').name }, 201);
        },
      ),
    );

  const post = (target: ReturnType<typeof app>, auth: string, key: string | null, body: unknown) =>
    target.request('/things', {
      method: 'POST',
      headers: {
        Authorization: `Bearer ${auth}`,
        'Content-Type': 'application/json',
        ...(key !== null && { 'Idempotency-Key': key }),
      },
      body: JSON.stringify(body),
    });

  it('replays the first result for a retry with the same key and body', async () => {
    const tenant = await seedTestTenant(ctx.database);
    const target = app();
    const first = await post(target, tenant.secretKey, 'key-1', { name: 'a' });
    const retry = await post(target, tenant.secretKey, 'key-1', { name: 'a' });
    expect(first.status).toBe(201);
    expect(retry.status).toBe(201);
    expect(await retry.json()).toEqual(await first.json());
    expect(retry.headers.get('Idempotent-Replayed')).toBe('true');
    expect(first.headers.get('Idempotent-Replayed')).toBeNull();
    expect(runs).toBe(1);
  });

  it('runs every request without a key', async () => {
    const tenant = await seedTestTenant(ctx.database);
    const target = app();
    await post(target, tenant.secretKey, null, { name: 'a' });
    await post(target, tenant.secretKey, null, { name: 'a' });
    expect(runs).toBe(2);
  });

  it('refuses the same key with another body: 422 idempotency_key_reused', async () => {
    const tenant = await seedTestTenant(ctx.database);
    const target = app();
    await post(target, tenant.secretKey, 'key-1', { name: 'a' });
    const other = await post(target, tenant.secretKey, 'key-1', { name: 'b' });
    expect(other.status).toBe(422);
    expect(await other.json()).toMatchObject({ code: 'idempotency_key_reused' });
    expect(runs).toBe(1);
  });

  it('answers 409 idempotency_key_in_use while the first request runs', async () => {
    const tenant = await seedTestTenant(ctx.database);
    const target = app();
    let release!: () => void;
    gate = new Promise((resolve) => (release = resolve));
    const first = post(target, tenant.secretKey, 'key-1', { name: 'a' });
    while (runs === 0) await new Promise((resolve) => setTimeout(resolve, 5));
    const duplicates = await Promise.all(
      [1, 2, 3].map(() => post(target, tenant.secretKey, 'key-1', { name: 'a' })),
    );
    for (const duplicate of duplicates) {
      expect(duplicate.status).toBe(409);
      expect(await duplicate.json()).toMatchObject({ code: 'idempotency_key_in_use' });
    }
    release();
    expect((await first).status).toBe(201);
    expect((await post(target, tenant.secretKey, 'key-1', { name: 'a' })).status).toBe(201);
    expect(runs).toBe(1);
  });

  it('lets exactly one of many simultaneous duplicates run', async () => {
    const tenant = await seedTestTenant(ctx.database);
    const target = app();
    const responses = await Promise.all(
      Array.from({ length: 8 }, () => post(target, tenant.secretKey, 'race', { name: 'a' })),
    );
    expect(runs).toBe(1);
    const statuses = responses.map((response) => response.status);
    expect(statuses.filter((status) => status === 201).length).toBeGreaterThanOrEqual(1);
    expect(statuses.every((status) => status === 201 || status === 409)).toBe(true);
  });

  it('does not store failures: a retry runs again', async () => {
    const tenant = await seedTestTenant(ctx.database);
    const target = app();
    failNext = true;
    const failed = await post(target, tenant.secretKey, 'key-1', { name: 'a' });
    expect(failed.status).toBe(409);
    const retry = await post(target, tenant.secretKey, 'key-1', { name: 'a' });
    expect(retry.status).toBe(201);
    expect(retry.headers.get('Idempotent-Replayed')).toBeNull();
    expect(runs).toBe(2);
  });

  it('scopes keys by tenant and by principal', async () => {
    const tenant = await seedTestTenant(ctx.database);
    const other = await seedTestTenant(ctx.database, { name: 'Other Vendor' });
    const target = app();
    const anna = await sessionFor(ctx.app, tenant.dach, tenant.dach.users[0]!);
    const anton = await sessionFor(ctx.app, tenant.dach, tenant.dach.users[1]!);
    for (const auth of [tenant.secretKey, other.secretKey, anna, anton]) {
      const response = await post(target, auth, 'shared-key', { name: 'a' });
      expect(response.status).toBe(201);
      expect(response.headers.get('Idempotent-Replayed')).toBeNull();
    }
    expect(runs).toBe(4);
  });

  it('frees a key whose first request never finished', async () => {
    const tenant = await seedTestTenant(ctx.database);
    const target = app();
    gate = new Promise(() => undefined);
    void post(target, tenant.secretKey, 'key-1', { name: 'a' });
    while (runs === 0) await new Promise((resolve) => setTimeout(resolve, 5));
    gate = null;
    ctx.clock.advance(2 * MINUTE);
    const retry = await post(target, tenant.secretKey, 'key-1', { name: 'a' });
    expect(retry.status).toBe(201);
    expect(runs).toBe(2);
  });

  it('refuses a malformed key', async () => {
    const tenant = await seedTestTenant(ctx.database);
    const response = await post(app(), tenant.secretKey, 'x'.repeat(300), { name: 'a' });
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({
      code: 'validation_failed',
      errors: [{ path: 'Idempotency-Key' }],
    });
  });

  it('forgets a finished key after a day, and only then: the same key runs again', async () => {
    const tenant = await seedTestTenant(ctx.database);
    const target = app();
    await post(target, tenant.secretKey, 'key-1', { name: 'a' });
    // Still running: a crashed first request is the middleware's to free, not the pruner's.
    gate = new Promise(() => undefined);
    void post(target, tenant.secretKey, 'key-2', { name: 'b' });
    while (runs === 1) await new Promise((resolve) => setTimeout(resolve, 5));
    gate = null;

    ctx.clock.advance(23 * 60 * MINUTE);
    expect(await pruneIdempotencyKeys(ctx.database.db, ctx.clock.now())).toBe(0);
    expect(
      (await post(target, tenant.secretKey, 'key-1', { name: 'a' })).headers.get(
        'Idempotent-Replayed',
      ),
    ).toBe('true');

    ctx.clock.advance(2 * 60 * MINUTE);
    expect(await pruneIdempotencyKeys(ctx.database.db, ctx.clock.now())).toBe(1);
    const again = await post(target, tenant.secretKey, 'key-1', { name: 'a' });
    expect(again.status).toBe(201);
    expect(again.headers.get('Idempotent-Replayed')).toBeNull();
    expect(runs).toBe(3);
  });
});
