import { randomBytes } from 'node:crypto';

/**
 * Stripe-style ids (`par_3kq…`): the prefix tells a reader what an id points at, which helps
 * when ids travel through logs, webhooks and support tickets.
 */
export function newId(prefix: string): string {
  return `${prefix}_${randomBytes(12).toString('base64url')}`;
}
