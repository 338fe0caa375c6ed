import { describe, expect, it } from 'vitest';
import { signWebhookPayload, verifyWebhookSignature } from '../../src/webhooks/signature.js';

describe('webhook signatures', () => {
  const secret = 'whsec_test';
  const body = '{"id":"evt_1","type":"deal.approved"}';
  const now = new Date('2026-11-23T10:00:00Z');
  const t = Math.floor(now.getTime() / 1000);

  it('verifies its own signature, and nothing altered', () => {
    const header = signWebhookPayload(secret, t, body);
    expect(header).toMatch(/^t=\d+,v1=[0-9a-f]{64}$/);
    expect(verifyWebhookSignature({ body, header, secret, now })).toBe(true);
    expect(verifyWebhookSignature({ body: body.replace('1', '2'), header, secret, now })).toBe(
      false,
    );
    expect(verifyWebhookSignature({ body, header, secret: 'whsec_other', now })).toBe(false);
    expect(verifyWebhookSignature({ body, header: header.replace(/.$/, '0'), secret, now })).toBe(
      header.endsWith('0'),
    );
  });

  it('refuses old timestamps (replays) and malformed headers', () => {
    const old = signWebhookPayload(secret, t - 301, body);
    expect(verifyWebhookSignature({ body, header: old, secret, now })).toBe(false);
    expect(verifyWebhookSignature({ body, header: old, secret, now, toleranceSeconds: 600 })).toBe(
      true,
    );
    for (const header of [undefined, '', 'v1=abc', `t=${t}`, `t=soon,v1=${'0'.repeat(64)}`]) {
      expect(verifyWebhookSignature({ body, header, secret, now })).toBe(false);
    }
  });

  it('accepts any matching v1 entry, so secrets can be rotated', () => {
    const current = signWebhookPayload(secret, t, body);
    const header = `t=${t},v1=${'0'.repeat(64)},${current.split(',')[1]}`;
    expect(verifyWebhookSignature({ body, header, secret, now })).toBe(true);
  });
});
