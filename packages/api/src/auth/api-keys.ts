import { createHash, randomBytes } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { Db } from '../db/database.js';
import { newId } from '../db/ids.js';
import { apiKeys } from '../tenants/tenants.table.js';

export type ApiKeyKind = 'secret' | 'publishable';

const PREFIX: Record<ApiKeyKind, string> = { secret: 'sk_', publishable: 'pk_' };

export function hashApiKey(key: string): string {
  return createHash('sha256').update(key).digest('hex');
}

export function generateApiKey(kind: ApiKeyKind): string {
  return PREFIX[kind] + randomBytes(24).toString('base64url');
}

export function apiKeyKindOf(token: string): ApiKeyKind | null {
  if (token.startsWith(PREFIX.secret)) return 'secret';
  if (token.startsWith(PREFIX.publishable)) return 'publishable';
  return null;
}

export interface CreatedApiKey {
  id: string;
  /** The only time the whole key exists outside the vendor's hands. */
  key: string;
}

/**
 * Browsers send `Origin` as `scheme://host[:port]`, lower case, without a path; vendors type
 * URLs. Normalising on the way in makes the comparison at request time a plain lookup.
 */
export function normalizeOrigin(origin: string): string {
  if (origin === '*') return origin;
  let url: URL;
  try {
    url = new URL(origin);
  } catch {
    throw new TypeError(`"${origin}" is not an origin such as https://portal.example.com`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new TypeError(`"${origin}" is not an http(s) origin`);
  }
  return url.origin;
}

/** Stores a key by its hash; pass `key` only for keys that must be deterministic (the demo). */
export async function createApiKey(
  db: Db,
  input: { tenantId: string; kind: ApiKeyKind; allowedOrigins?: string[]; key?: string },
): Promise<CreatedApiKey> {
  const key = input.key ?? generateApiKey(input.kind);
  const id = newId('key');
  await db.insert(apiKeys).values({
    id,
    tenantId: input.tenantId,
    kind: input.kind,
    keyHash: hashApiKey(key),
    prefix: key.slice(0, 10),
    allowedOrigins: (input.allowedOrigins ?? []).map(normalizeOrigin),
  });
  return { id, key };
}

export async function findApiKey(db: Db, key: string) {
  const [row] = await db
    .select()
    .from(apiKeys)
    .where(eq(apiKeys.keyHash, hashApiKey(key)));
  return row ?? null;
}
