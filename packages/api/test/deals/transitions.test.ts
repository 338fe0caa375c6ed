import { describe, expect, it } from 'vitest';
import { TRANSITIONS } from '../../src/deals/transitions.js';
import { DAY, call, describeBackends, seedTestTenant } from '../support/index.js';
import { dealInput, partnerTokens, register } from './builders.js';

describeBackends('deal transitions and extensions', (ctx) => {
  async function setup() {
    ctx.clock.set('2026-11-23T10:00:00Z');
    const tenant = await seedTestTenant(ctx.database);
    const tokens = await partnerTokens(ctx.app, tenant);
    const approved = (await register(ctx.app, tokens.dach, dealInput(tenant))).body;
    await call(ctx.app, 'POST', '/v1/accounts/import', {
      auth: tenant.secretKey,
      body: { accounts: [{ name: 'Umbrella AG', domain: 'umbrella.de', country: 'DE' }] },
    });
    const pending = (
      await register(
        ctx.app,
        tokens.dach,
        dealInput(tenant, { name: 'Umbrella AG', domain: 'umbrella.de' }, { dealType: 'renewal' }),
      )
    ).body;
    expect([approved.status, pending.status]).toEqual(['approved', 'pending_review']);
    const move = (id: string, action: string, note?: string) =>
      call(ctx.app, 'POST', `/v1/deals/${id}/transitions`, {
        auth: tenant.secretKey,
        body: { action, ...(note && { note }) },
      });
    const askExtension = (id: string, reason = 'The customer’s board meets next month') =>
      call(ctx.app, 'POST', `/v1/deals/${id}/extension-requests`, {
        auth: tokens.dach,
        body: { reason },
      });
    return { tenant, tokens, approved, pending, move, askExtension };
  }

  describe('POST /v1/deals/{id}/transitions', () => {
    it('approves a reviewed deal: protection, manager, reason and timeline', async () => {
      const { tenant, pending, move } = await setup();
      ctx.clock.advance(DAY);
      const tokens = await partnerTokens(ctx.app, tenant);
      const { status, body } = await move(pending.id, 'approve', 'Renewal confirmed with sales');
      expect(status).toBe(200);
      expect(body).toMatchObject({
        status: 'approved',
        reasons: [{ code: 'vendor_decision', message: 'Renewal confirmed with sales' }],
        assignedManager: { name: 'Erika Manager' },
        protectedUntil: new Date(Date.parse('2026-11-24T10:00:00Z') + 90 * DAY).toISOString(),
      });
      const events = await call(ctx.app, 'GET', `/v1/deals/${pending.id}/events`, {
        auth: tokens.dach,
      });
      expect(events.body.items.at(-1)).toMatchObject({
        type: 'approved',
        fromStatus: 'pending_review',
        toStatus: 'approved',
        actor: 'vendor',
        note: 'Renewal confirmed with sales',
      });
    });

    it('walks request_info → approve → won and clears protection at the end', async () => {
      const { pending, move } = await setup();
      expect((await move(pending.id, 'request_info')).body).toMatchObject({
        status: 'needs_info',
        reasons: [{ code: 'info_requested' }],
      });
      expect((await move(pending.id, 'approve')).body.status).toBe('approved');
      const won = await move(pending.id, 'won');
      expect(won.body).toMatchObject({ status: 'won', protectedUntil: null });
    });

    it('refuses moves the state does not allow with 409 invalid_transition', async () => {
      const { approved, pending, move } = await setup();
      expect((await move(pending.id, 'won')).body.code).toBe('invalid_transition');
      expect((await move(approved.id, 'approve')).status).toBe(409);
      expect((await move(approved.id, 'request_info')).status).toBe(409);
      expect((await move(approved.id, 'grant_extension')).body.code).toBe('invalid_transition');
      await move(approved.id, 'lost');
      for (const action of Object.keys(TRANSITIONS)) {
        const response = await move(approved.id, action);
        expect(response.status, action).toBe(409);
        expect(response.body.code).toBe('invalid_transition');
      }
    });

    it('rejecting releases the customer for other partners', async () => {
      const { tenant, approved, move } = await setup();
      await move(approved.id, 'reject', 'Customer declined');
      const tokens = await partnerTokens(ctx.app, tenant);
      const again = await register(ctx.app, tokens.dach, dealInput(tenant));
      expect(again.body.status).toBe('approved');
    });

    it('is for secret keys; other tenants and partners get 403/404', async () => {
      const { approved, tokens } = await setup();
      const partner = await call(ctx.app, 'POST', `/v1/deals/${approved.id}/transitions`, {
        auth: tokens.dach,
        body: { action: 'won' },
      });
      expect(partner.status).toBe(403);
      const other = await seedTestTenant(ctx.database, { name: 'Other Vendor' });
      const foreign = await call(ctx.app, 'POST', `/v1/deals/${approved.id}/transitions`, {
        auth: other.secretKey,
        body: { action: 'won' },
      });
      expect(foreign.status).toBe(404);
      const bad = await call(ctx.app, 'POST', `/v1/deals/${approved.id}/transitions`, {
        auth: other.secretKey,
        body: { action: 'teleport' },
      });
      expect(bad.status).toBe(400);
    });
  });

  describe('extensions', () => {
    it('grants up to the limit, each time adding the extension days', async () => {
      const { approved, move, askExtension } = await setup();
      let protectedUntil = Date.parse(approved.protectedUntil);
      for (let round = 1; round <= 2; round++) {
        const request = await askExtension(approved.id);
        expect(request.status).toBe(201);
        expect(request.body).toMatchObject({
          dealId: approved.id,
          status: 'pending',
          decidedAt: null,
        });
        const granted = await move(approved.id, 'grant_extension');
        protectedUntil += 30 * DAY;
        expect(granted.body).toMatchObject({
          status: 'approved',
          extensionsUsed: round,
          protectedUntil: new Date(protectedUntil).toISOString(),
        });
      }
      const third = await askExtension(approved.id);
      expect(third.status).toBe(409);
      expect(third.body.code).toBe('extension_limit_reached');
    });

    it('allows one pending request at a time, even when two arrive at once', async () => {
      const { approved, move, askExtension } = await setup();
      const both = await Promise.all([askExtension(approved.id), askExtension(approved.id)]);
      expect(both.map((r) => r.status).sort()).toEqual([201, 409]);
      expect(both.find((r) => r.status === 409)!.body.code).toBe('extension_already_pending');
      const denied = await move(approved.id, 'deny_extension', 'Not this time');
      expect(denied.body).toMatchObject({ status: 'approved', extensionsUsed: 0 });
      expect(denied.body.protectedUntil).toBe(approved.protectedUntil);
      expect((await askExtension(approved.id)).status).toBe(201);
    });

    it('is only for approved deals of the partner itself', async () => {
      const { tenant, approved, pending, askExtension } = await setup();
      const notApproved = await askExtension(pending.id);
      expect(notApproved.status).toBe(409);
      expect(notApproved.body.code).toBe('invalid_transition');
      const tokens = await partnerTokens(ctx.app, tenant);
      const foreign = await call(ctx.app, 'POST', `/v1/deals/${approved.id}/extension-requests`, {
        auth: tokens.northAmerica,
        body: { reason: 'Mine now' },
      });
      expect(foreign.status).toBe(404);
      const empty = await askExtension(approved.id, '   ');
      expect(empty.status).toBe(400);
      const bySecret = await call(ctx.app, 'POST', `/v1/deals/${approved.id}/extension-requests`, {
        auth: tenant.secretKey,
        body: { reason: 'x' },
      });
      expect(bySecret.status).toBe(403);
    });

    it('refuses deals whose protection has already ended', async () => {
      const { tenant, approved } = await setup();
      ctx.clock.advance(91 * DAY);
      const tokens = await partnerTokens(ctx.app, tenant);
      const late = await call(ctx.app, 'POST', `/v1/deals/${approved.id}/extension-requests`, {
        auth: tokens.dach,
        body: { reason: 'Too late' },
      });
      expect(late.status).toBe(409);
      expect(late.body.code).toBe('invalid_transition');
    });

    it('replays a retried request with the same Idempotency-Key instead of 409', async () => {
      const { approved, tokens } = await setup();
      const send = () =>
        call(ctx.app, 'POST', `/v1/deals/${approved.id}/extension-requests`, {
          auth: tokens.dach,
          body: { reason: 'Board meeting moved' },
          headers: { 'Idempotency-Key': 'ext-1' },
        });
      const first = await send();
      const retry = await send();
      expect(retry.status).toBe(201);
      expect(retry.body).toEqual(first.body);
    });
  });
});
