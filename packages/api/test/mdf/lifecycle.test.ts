import {
  MdfRequestDetail,
  MdfRequestStatus,
  MdfTransitionAction,
  type MdfRequest,
} from '@partnerkit/contracts';
import { asc, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { expireUnclaimedMdfRequests } from '../../src/mdf/expiry.js';
import { MDF_PARTNER_STEPS, MDF_TRANSITIONS } from '../../src/mdf/lifecycle.js';
import { mdfLedgerEntries } from '../../src/mdf/ledger.table.js';
import { partnerTokens } from '../deals/builders.js';
import { call, describeBackends, seedTestTenant } from '../support/index.js';
import {
  claimInput,
  expectLedgerExplainsFunds,
  insertFile,
  mdfApi,
  mdfSetup,
  requestInput,
} from './builders.js';

type Api = Awaited<ReturnType<typeof mdfSetup>>['api'];

/** The moves that bring a new request to each status. */
const PATH_TO: Record<MdfRequestStatus, string[]> = {
  submitted: [],
  needs_info: ['request_info'],
  approved: ['approve'],
  rejected: ['reject'],
  claim_submitted: ['approve', 'claim'],
  claim_approved: ['approve', 'claim', 'approve_claim'],
  claim_rejected: ['approve', 'claim', 'reject_claim'],
  paid: ['approve', 'claim', 'approve_claim', 'mark_paid'],
  expired: ['approve', 'expire'],
};

/** After the default claim window of the builders' requests (they end 2026-08-20). */
const AFTER_CLAIM_WINDOW = new Date('2026-11-19T12:00:00Z');

describeBackends('MDF request lifecycle', (ctx) => {
  async function requestIn(api: Api, token: string, status: MdfRequestStatus): Promise<MdfRequest> {
    const submitted = await api.submit(token, requestInput());
    expect(submitted.status, JSON.stringify(submitted.body)).toBe(201);
    let request: MdfRequest = submitted.body;
    for (const step of PATH_TO[status]) {
      if (step === 'expire') {
        await expireUnclaimedMdfRequests(ctx.database.db, AFTER_CLAIM_WINDOW);
        request = (await api.get(token, request.id)).body;
        continue;
      }
      const moved =
        step === 'claim'
          ? await api.claim(token, request.id, claimInput())
          : await api.move(request.id, { action: step });
      expect(moved.status, `${step}: ${JSON.stringify(moved.body)}`).toBeLessThan(300);
      request = moved.body;
    }
    expect(request.status).toBe(status);
    return request;
  }

  describe('POST /v1/mdf/requests/{id}/transitions', () => {
    it('allows exactly the moves of the lifecycle; any other is 409 invalid_transition and changes nothing', async () => {
      const { tenant, tokens, api } = await mdfSetup(ctx);
      await api.allocate(tenant.dach, 1_000_000);
      for (const status of MdfRequestStatus.options) {
        const request = await requestIn(api, tokens.dach, status);
        for (const action of MdfTransitionAction.options) {
          const allowed = (MDF_TRANSITIONS[action].from as readonly string[]).includes(status);
          if (allowed) {
            const fresh = await requestIn(api, tokens.dach, status);
            const moved = await api.move(fresh.id, { action });
            expect(moved.status, `${action} from ${status}`).toBe(200);
            expect(moved.body.status).toBe(MDF_TRANSITIONS[action].to);
            continue;
          }
          const before = await api.balance(tokens.dach);
          const refused = await api.move(request.id, { action });
          expect(refused.status, `${action} from ${status}`).toBe(409);
          expect(refused.body.code).toBe('invalid_transition');
          expect(refused.body.detail).toContain(status.replaceAll('_', ' '));
          expect((await api.get(tokens.dach, request.id)).body.status).toBe(status);
          expect(await api.balance(tokens.dach)).toEqual(before);
        }
        // The partner's own moves, from here.
        const answered = await api.answer(tokens.dach, request.id, 'Here is the agenda');
        const answerable = (MDF_PARTNER_STEPS.answer.from as readonly string[]).includes(status);
        expect(answered.status, `answer from ${status}`).toBe(answerable ? 200 : 409);
        const claimable = (MDF_PARTNER_STEPS.claim.from as readonly string[]).includes(status);
        if (!answerable) {
          const claimed = await api.claim(tokens.dach, request.id, claimInput());
          expect(claimed.status, `claim from ${status}`).toBe(claimable ? 201 : 409);
          if (!claimable) expect(claimed.body.code).toBe('invalid_transition');
        }
      }
      await expectLedgerExplainsFunds(ctx.database);
    }, 120_000);

    it('only takes the tenant’s secret key, and 404s other tenants’ requests', async () => {
      const { tenant, tokens, api } = await mdfSetup(ctx);
      await api.allocate(tenant.dach, 10_000);
      const request = (await api.submit(tokens.dach, requestInput())).body;
      const asPartner = await call(ctx.app, 'POST', `/v1/mdf/requests/${request.id}/transitions`, {
        auth: tokens.dach,
        body: { action: 'approve' },
      });
      expect(asPartner.status).toBe(403);
      const other = await seedTestTenant(ctx.database, { name: 'Other Vendor' });
      const foreign = await mdfApi(ctx.app, other).move(request.id, { action: 'approve' });
      expect(foreign.status).toBe(404);
      expect((await api.move('mdfr_missing', { action: 'approve' })).status).toBe(404);
      const bad = await api.move(request.id, { action: 'refund' });
      expect(bad.status).toBe(400);
      expect(bad.body.errors[0].path).toBe('action');
      expect((await api.get(tokens.dach, request.id)).body.status).toBe('submitted');
    });
  });

  describe('balance buckets', () => {
    it('follows a request from submission to payment, explained line by line by the ledger', async () => {
      const { tenant, tokens, api } = await mdfSetup(ctx);
      await api.allocate(tenant.dach, 10_000);
      const bucketsNow = async () => {
        const { allocated, pending, committed, claimed, paid, available } = await api.balance(
          tokens.dach,
        );
        return { allocated, pending, committed, claimed, paid, available };
      };
      const at = (pending: number, committed: number, claimed: number, paid: number) => ({
        allocated: 10_000,
        pending,
        committed,
        claimed,
        paid,
        available: 10_000 - pending - committed - claimed - paid,
      });

      const id = (
        await api.submit(tokens.dach, requestInput({ amount: { value: 4_000, currency: 'USD' } }))
      ).body.id as string;
      expect(await bucketsNow()).toEqual(at(4_000, 0, 0, 0));

      await api.move(id, { action: 'request_info', note: 'Which audience?' });
      expect(await bucketsNow()).toEqual(at(4_000, 0, 0, 0));
      const answered = await api.answer(tokens.dach, id, 'IT leads in Bavaria');
      expect(answered.body.status).toBe('submitted');
      expect(await bucketsNow()).toEqual(at(4_000, 0, 0, 0));

      // Approving less releases the difference.
      const approved = await api.move(id, {
        action: 'approve',
        approvedAmount: { value: 3_000, currency: 'USD' },
      });
      expect(approved.body).toMatchObject({
        status: 'approved',
        amount: { value: 4_000 },
        approvedAmount: { value: 3_000, currency: 'USD' },
      });
      expect(await bucketsNow()).toEqual(at(0, 3_000, 0, 0));

      // A claim below the approved amount releases the rest: 5,000 at 50 % is 2,500.
      const claimed = await api.claim(
        tokens.dach,
        id,
        claimInput({ spend: { value: 5_000, currency: 'USD' } }),
      );
      expect(claimed.status).toBe(201);
      expect(claimed.body).toMatchObject({
        status: 'claim_submitted',
        reimbursableAmount: { value: 2_500, currency: 'USD' },
      });
      expect(await bucketsNow()).toEqual(at(0, 0, 2_500, 0));

      // A rejected claim holds the approved amount again, and may be claimed again.
      ctx.clock.advance(60_000);
      const rejected = await api.move(id, { action: 'reject_claim', note: 'Add the invoice' });
      expect(rejected.body).toMatchObject({ status: 'claim_rejected', reimbursableAmount: null });
      expect(await bucketsNow()).toEqual(at(0, 3_000, 0, 0));
      const again = await api.claim(
        tokens.dach,
        id,
        claimInput({ spend: { value: 8_000, currency: 'USD' } }),
      );
      // 8,000 at 50 % is 4,000, capped at the approved 3,000.
      expect(again.body.reimbursableAmount).toEqual({ value: 3_000, currency: 'USD' });
      expect(await bucketsNow()).toEqual(at(0, 0, 3_000, 0));

      await api.move(id, { action: 'approve_claim' });
      expect(await bucketsNow()).toEqual(at(0, 0, 3_000, 0));
      const paid = await api.move(id, { action: 'mark_paid', paymentReference: 'SEPA-2026-0815' });
      expect(paid.body).toMatchObject({
        status: 'paid',
        paidAmount: { value: 3_000, currency: 'USD' },
        paymentReference: 'SEPA-2026-0815',
      });
      expect(await bucketsNow()).toEqual(at(0, 0, 0, 3_000));

      // A rejected request releases its hold.
      const other = (
        await api.submit(tokens.dach, requestInput({ amount: { value: 2_000, currency: 'USD' } }))
      ).body.id as string;
      expect(await bucketsNow()).toEqual(at(2_000, 0, 0, 3_000));
      await api.move(other, { action: 'reject' });
      expect(await bucketsNow()).toEqual(at(0, 0, 0, 3_000));

      const lines = await ctx.database.db
        .select({
          kind: mdfLedgerEntries.kind,
          bucket: mdfLedgerEntries.bucket,
          amount: mdfLedgerEntries.amount,
        })
        .from(mdfLedgerEntries)
        .where(eq(mdfLedgerEntries.requestId, id))
        .orderBy(asc(mdfLedgerEntries.seq));
      expect(lines.map((l) => `${l.kind} ${l.bucket} ${l.amount}`)).toEqual([
        'commitment pending 4000', // submitted: the hold
        'commitment pending -3000', // approved: 3,000 move to committed
        'commitment committed 3000',
        'release pending -1000', // and 1,000 go back
        'claim committed -2500', // claimed: 2,500 move to claimed
        'claim claimed 2500',
        'release committed -500', // and 500 go back
        'commitment claimed -2500', // claim rejected: the 2,500 back to committed
        'commitment committed 2500',
        'commitment committed 500', // and the 500 held again
        'claim committed -3000', // claimed again, all of it
        'claim claimed 3000',
        'payment claimed -3000', // paid
        'payment paid 3000',
      ]);
      await expectLedgerExplainsFunds(ctx.database);

      const detail = MdfRequestDetail.parse((await api.get(tokens.dach, id)).body);
      expect(detail.timeline.map((e) => [e.type, e.actor, e.amount?.value ?? null])).toEqual([
        ['submitted', 'partner', 4_000],
        ['needs_info', 'vendor', null],
        ['info_provided', 'partner', null],
        ['approved', 'vendor', 3_000],
        ['claim_submitted', 'partner', 2_500],
        ['claim_rejected', 'vendor', null],
        ['claim_submitted', 'partner', 3_000],
        ['claim_approved', 'vendor', 3_000],
        ['paid', 'vendor', 3_000],
      ]);
      expect(detail.timeline[1]!.note).toBe('Which audience?');
      expect(detail.timeline[2]!.note).toBe('IT leads in Bavaria');
      expect(
        detail.claims.map((c) => [c.status, c.spend.value, c.reimbursableAmount.value]),
      ).toEqual([
        ['rejected', 5_000, 2_500],
        ['approved', 8_000, 3_000],
      ]);
    });

    it('refuses to reject a claim when what it released has been requested since (422)', async () => {
      const { tenant, tokens, api } = await mdfSetup(ctx);
      await api.allocate(tenant.dach, 10_000);
      const id = (
        await api.submit(tokens.dach, requestInput({ amount: { value: 10_000, currency: 'USD' } }))
      ).body.id as string;
      await api.move(id, { action: 'approve' });
      await api.claim(tokens.dach, id, claimInput({ spend: { value: 10_000, currency: 'USD' } }));
      expect(await api.balance(tokens.dach)).toMatchObject({ claimed: 5_000, available: 5_000 });
      await api.submit(tokens.dach, requestInput({ amount: { value: 4_000, currency: 'USD' } }));
      const refused = await api.move(id, { action: 'reject_claim' });
      expect(refused.status).toBe(422);
      expect(refused.body.code).toBe('mdf_insufficient_funds');
      expect(refused.body.detail).toContain('10.00 USD available');
      const detail = (await api.get(tokens.dach, id)).body;
      expect(detail.status).toBe('claim_submitted');
      expect(detail.claims.map((c: { status: string }) => c.status)).toEqual(['submitted']);
      expect(await api.balance(tokens.dach)).toMatchObject({
        pending: 4_000,
        claimed: 5_000,
        available: 1_000,
      });
      // Approving the claim is always possible.
      expect((await api.move(id, { action: 'approve_claim' })).status).toBe(200);
    });
  });

  describe('approve with an amount', () => {
    it('takes at most the requested amount, in its currency (422 mdf_invalid_amount)', async () => {
      const { tenant, tokens, api } = await mdfSetup(ctx);
      await api.allocate(tenant.dach, 10_000);
      const id = (await api.submit(tokens.dach, requestInput())).body.id as string;
      const above = await api.move(id, {
        action: 'approve',
        approvedAmount: { value: 1_001, currency: 'USD' },
      });
      expect(above.status).toBe(422);
      expect(above.body).toMatchObject({
        code: 'mdf_invalid_amount',
        errors: [{ path: 'approvedAmount.value', code: 'too_big' }],
      });
      const euros = await api.move(id, {
        action: 'approve',
        approvedAmount: { value: 500, currency: 'EUR' },
      });
      expect(euros.body.errors).toEqual([
        expect.objectContaining({ path: 'approvedAmount.currency', code: 'currency_mismatch' }),
      ]);
      const withReject = await api.move(id, {
        action: 'reject',
        approvedAmount: { value: 500, currency: 'USD' },
      });
      expect(withReject.status).toBe(400);
      expect(withReject.body.errors[0].path).toBe('approvedAmount');
      expect(await api.balance(tokens.dach)).toMatchObject({ pending: 1_000, committed: 0 });
      const whole = await api.move(id, { action: 'approve' });
      expect(whole.body.approvedAmount).toEqual({ value: 1_000, currency: 'USD' });
    });
  });

  describe('POST /v1/mdf/requests/{id}/claims', () => {
    async function approvedRequest(activityType = 'event', value = 10_000) {
      const setup = await mdfSetup(ctx);
      await setup.api.allocate(setup.tenant.dach, 100_000);
      const id = (
        await setup.api.submit(
          setup.tokens.dach,
          requestInput({ activityType, amount: { value, currency: 'USD' } }),
        )
      ).body.id as string;
      await setup.api.move(id, { action: 'approve' });
      return { ...setup, id };
    }

    it('names every missing proof the activity type requires (422 on its path)', async () => {
      const { tokens, api, id } = await approvedRequest('event');
      const { status, body } = await api.claim(tokens.dach, id, {
        spend: { value: 5_000, currency: 'USD' },
        results: { leads: 12 },
        files: [],
      });
      expect(status).toBe(422);
      expect(body.code).toBe('mdf_claim_invalid');
      expect(body.errors.map((e: { path: string; code: string }) => [e.path, e.code])).toEqual([
        ['results.attendees', 'required'],
        ['files', 'required'],
      ]);
      expect((await api.get(tokens.dach, id)).body).toMatchObject({
        status: 'approved',
        claims: [],
      });
    });

    it('takes only files of the same tenant and partner', async () => {
      const { tenant, tokens, api, id } = await approvedRequest('event');
      const other = await seedTestTenant(ctx.database, { name: 'Other Vendor' });
      const own = await insertFile(ctx.database, {
        tenantId: tenant.id,
        partnerId: tenant.dach.id,
      });
      const files = [
        own,
        await insertFile(ctx.database, { tenantId: tenant.id, partnerId: tenant.northAmerica.id }),
        await insertFile(ctx.database, { tenantId: tenant.id, partnerId: null }),
        await insertFile(ctx.database, { tenantId: other.id, partnerId: other.dach.id }),
        'file_missing',
      ];
      const claim = {
        spend: { value: 5_000, currency: 'USD' },
        results: { leads: 3, attendees: 40 },
      };
      const refused = await api.claim(tokens.dach, id, { ...claim, files });
      expect(refused.status).toBe(422);
      expect(
        refused.body.errors.map((e: { path: string; code: string }) => [e.path, e.code]),
      ).toEqual([
        ['files.1', 'unknown_file'],
        ['files.2', 'unknown_file'],
        ['files.3', 'unknown_file'],
        ['files.4', 'unknown_file'],
      ]);
      const accepted = await api.claim(tokens.dach, id, { ...claim, files: [own] });
      expect(accepted.status).toBe(201);
      const detail = (await api.get(tokens.dach, id)).body;
      expect(detail.claims).toEqual([
        expect.objectContaining({ status: 'submitted', files: [own], results: claim.results }),
      ]);
    });

    it('refuses a spend in another currency, or one that reimburses nothing', async () => {
      const { tokens, api, id } = await approvedRequest('webinar');
      const euros = await api.claim(
        tokens.dach,
        id,
        claimInput({ spend: { value: 100, currency: 'EUR' } }),
      );
      expect(euros.body.errors).toEqual([
        expect.objectContaining({ path: 'spend.currency', code: 'currency_mismatch' }),
      ]);
      const tiny = await api.claim(
        tokens.dach,
        id,
        claimInput({ spend: { value: 1, currency: 'USD' } }),
      );
      expect(tiny.status).toBe(422);
      expect(tiny.body.errors).toEqual([expect.objectContaining({ path: 'spend.value' })]);
      const invalid = await api.claim(tokens.dach, id, { spend: { value: 0, currency: 'USD' } });
      expect(invalid.status).toBe(400);
      expect(invalid.body.errors.map((e: { path: string }) => e.path).sort()).toEqual([
        'files',
        'results',
        'spend.value',
      ]);
    });

    it('rounds the reimbursement half to even at the co-op rate', async () => {
      const cases = [
        // webinar 50 %: 1,001 → 500.5 → 500; 1,003 → 501.5 → 502; 1,002 → 501.
        ['webinar', 1_001, 500],
        ['webinar', 1_003, 502],
        ['webinar', 1_002, 501],
        // digital ads 75 %: 10,006 → 7,504.5 → 7,504; 10,002 → 7,501.5 → 7,502.
        ['digital_ads', 10_006, 7_504],
        ['digital_ads', 10_002, 7_502],
      ] as const;
      const { tenant, tokens, api } = await mdfSetup(ctx);
      await api.allocate(tenant.dach, 1_000_000);
      const proof = await insertFile(ctx.database, {
        tenantId: tenant.id,
        partnerId: tenant.dach.id,
      });
      for (const [activityType, spend, reimbursed] of cases) {
        const id = (
          await api.submit(
            tokens.dach,
            requestInput({ activityType, amount: { value: 20_000, currency: 'USD' } }),
          )
        ).body.id as string;
        await api.move(id, { action: 'approve' });
        const claimed = await api.claim(tokens.dach, id, {
          spend: { value: spend, currency: 'USD' },
          results: { attendees: 10, leads: 2, impressions: 50_000 },
          files: [proof],
        });
        expect(claimed.body.reimbursableAmount, `${activityType} ${spend}`).toEqual({
          value: reimbursed,
          currency: 'USD',
        });
      }
      await expectLedgerExplainsFunds(ctx.database);
    });

    it('is the partner’s own: another partner’s request is 404, a secret key 403', async () => {
      const { tenant, tokens, api, id } = await approvedRequest('webinar');
      const theirs = await api.claim(tokens.northAmerica, id, claimInput());
      expect(theirs.status).toBe(404);
      const answer = await api.answer(tokens.northAmerica, id, 'hello');
      expect(answer.status).toBe(404);
      expect((await api.claim(tenant.secretKey, id, claimInput())).status).toBe(403);
      expect(
        (await call(ctx.app, 'POST', `/v1/mdf/requests/${id}/claims`, { body: claimInput() }))
          .status,
      ).toBe(401);
      const otherTokens = await partnerTokens(
        ctx.app,
        await seedTestTenant(ctx.database, { name: 'Other' }),
      );
      expect((await api.claim(otherTokens.dach, id, claimInput())).status).toBe(404);
      expect((await api.get(tokens.dach, id)).body.status).toBe('approved');
    });
  });

  describe('idempotent retries', () => {
    it('replay claims, info responses and transitions with the same key, doing them once', async () => {
      const { tenant, tokens, api } = await mdfSetup(ctx);
      await api.allocate(tenant.dach, 10_000);
      const id = (await api.submit(tokens.dach, requestInput())).body.id as string;

      const ask = { 'Idempotency-Key': 'ask-1' };
      const asked = await api.move(id, { action: 'request_info' }, ask);
      const askedAgain = await api.move(id, { action: 'request_info' }, ask);
      expect(askedAgain.status).toBe(200);
      expect(askedAgain.headers.get('Idempotent-Replayed')).toBe('true');
      expect(askedAgain.body).toEqual(asked.body);

      const key = { 'Idempotency-Key': 'answer-1' };
      const answered = await api.answer(tokens.dach, id, 'The agenda is attached', key);
      const replayed = await api.answer(tokens.dach, id, 'The agenda is attached', key);
      expect(replayed.status).toBe(200);
      expect(replayed.body).toEqual(answered.body);

      await api.move(id, { action: 'approve' });
      const claimKey = { 'Idempotency-Key': 'claim-1' };
      const claimed = await api.claim(tokens.dach, id, claimInput(), claimKey);
      const retried = await api.claim(tokens.dach, id, claimInput(), claimKey);
      expect(retried.status).toBe(201);
      expect(retried.body).toEqual(claimed.body);

      const pay = { 'Idempotency-Key': 'pay-1' };
      await api.move(id, { action: 'approve_claim' });
      const paid = await api.move(id, { action: 'mark_paid', paymentReference: 'PAY-1' }, pay);
      const paidAgain = await api.move(id, { action: 'mark_paid', paymentReference: 'PAY-1' }, pay);
      expect(paidAgain.body).toEqual(paid.body);

      const detail = (await api.get(tokens.dach, id)).body;
      expect(detail.timeline.map((e: { type: string }) => e.type)).toEqual([
        'submitted',
        'needs_info',
        'info_provided',
        'approved',
        'claim_submitted',
        'claim_approved',
        'paid',
      ]);
      expect(detail.claims).toHaveLength(1);
      expect(await api.balance(tokens.dach)).toMatchObject({ paid: 1_000, available: 9_000 });
      // Without a key a repeat is a new attempt, refused by the state.
      expect((await api.move(id, { action: 'mark_paid' })).status).toBe(409);
    });
  });
});
