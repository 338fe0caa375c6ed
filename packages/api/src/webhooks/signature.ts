import { createHmac, timingSafeEqual } from 'node:crypto';

/** The `PartnerKit-Signature` value: `t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<body>">`. */
export function signWebhookPayload(secret: string, timestamp: number, body: string): string {
  const digest = createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex');
  return `t=${timestamp},v1=${digest}`;
}

export interface VerifyWebhookOptions {
  /** The raw request body, exactly as received (not re-serialised JSON). */
  body: string;
  /** The `PartnerKit-Signature` header. */
  header: string | null | undefined;
  /** The endpoint's `whsec_…` secret. */
  secret: string;
  /** Oldest accepted signature, against replays (default 300 s). */
  toleranceSeconds?: number;
  /** Defaults to the wall clock. */
  now?: Date;
}

/**
 * For vendors' receivers: true when the body was signed with the secret within the tolerance.
 * Compares in constant time; any `v1=` entry may match, so a secret can be rotated.
 */
export function verifyWebhookSignature(options: VerifyWebhookOptions): boolean {
  if (!options.header) return false;
  const parts = options.header.split(',').map((part) => part.trim().split('='));
  const timestamp = Number(parts.find(([key]) => key === 't')?.[1]);
  if (!Number.isInteger(timestamp)) return false;
  const nowSeconds = Math.floor((options.now ?? new Date()).getTime() / 1000);
  if (Math.abs(nowSeconds - timestamp) > (options.toleranceSeconds ?? 300)) return false;
  const expected = Buffer.from(
    createHmac('sha256', options.secret).update(`${timestamp}.${options.body}`).digest('hex'),
  );
  return parts
    .filter(([key, value]) => key === 'v1' && value)
    .some(([, value]) => {
      const given = Buffer.from(value!);
      return given.length === expected.length && timingSafeEqual(given, expected);
    });
}
