import { randomFillSync } from 'node:crypto';

const ID_BYTES = 12;
/**
 * Random bytes for ids, drawn from the CSPRNG a few hundred ids at a time: `randomBytes` per id
 * cost a native call and a buffer each, 5 % of the API's CPU per registration (five ids).
 */
const pool = Buffer.alloc(ID_BYTES * 256);
let used = pool.length;

/**
 * Stripe-style ids (`par_3kq…`): the prefix tells a reader what an id points at, which helps
 * when ids travel through logs, webhooks and support tickets.
 */
export function newId(prefix: string): string {
  if (used === pool.length) {
    randomFillSync(pool);
    used = 0;
  }
  used += ID_BYTES;
  return `${prefix}_${pool.toString('base64url', used - ID_BYTES, used)}`;
}
