import { SignJWT, decodeJwt, errors, jwtVerify } from 'jose';
import { BoundedMap } from '../util/bounded-map.js';

/**
 * Claims of a partner session token (HS256, signed with the tenant's signing secret). A
 * vendor may mint tokens itself with the same claims instead of calling the API.
 */
export interface SessionClaims {
  /** Tenant id. */
  tid: string;
  /** Partner id. */
  pid: string;
  /** Partner user id. */
  sub: string;
}

export const DEFAULT_SESSION_TTL_SECONDS = 15 * 60;

const encoder = new TextEncoder();

export async function signSessionToken(
  claims: SessionClaims,
  secret: string,
  now: Date,
  ttlSeconds = DEFAULT_SESSION_TTL_SECONDS,
): Promise<{ token: string; expiresAt: Date }> {
  const issuedAt = Math.floor(now.getTime() / 1000);
  const expiresAt = new Date((issuedAt + ttlSeconds) * 1000);
  const token = await new SignJWT({ tid: claims.tid, pid: claims.pid })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setSubject(claims.sub)
    .setIssuedAt(issuedAt)
    .setExpirationTime(Math.floor(expiresAt.getTime() / 1000))
    .sign(encoder.encode(secret));
  return { token, expiresAt };
}

/**
 * What a token claims, read before verifying it: the tenant tells which secret to verify with,
 * and partner and user let one query fetch the secret and the principal together. Nothing here
 * is trusted until `verifySessionToken` has checked the signature over these same claims.
 */
export function claimedSession(token: string): SessionClaims | null {
  try {
    const { tid, pid, sub } = decodeJwt(token);
    if (typeof tid !== 'string' || !tid) return null;
    return {
      tid,
      pid: typeof pid === 'string' ? pid : '',
      sub: typeof sub === 'string' ? sub : '',
    };
  } catch {
    return null;
  }
}

/**
 * Imported HMAC keys by secret. jose imports a raw secret on every verification, which costs
 * more than the check itself. The key is the secret's own text, so a rotated secret is simply
 * another entry: nothing stale can verify. Bounded so that many tenants cannot grow it forever.
 */
const hmacKeys = new BoundedMap<string, Promise<CryptoKey>>(1000);

function hmacKey(secret: string): Promise<CryptoKey> {
  let key = hmacKeys.get(secret);
  if (!key) {
    key = crypto.subtle.importKey(
      'raw',
      encoder.encode(secret),
      { name: 'HMAC', hash: 'SHA-256' },
      false,
      ['verify'],
    );
    hmacKeys.set(secret, key);
    key.catch(() => hmacKeys.delete(secret));
  }
  return key;
}

export type VerifyResult = { ok: true; claims: SessionClaims } | { ok: false; expired: boolean };

/**
 * Tokens whose signature checked out, by secret and token. A partner's widget sends the same
 * token with every request of its session, and WebCrypto's asynchronous HMAC check cost 0.17 ms
 * a registration, more than the rest of authentication (BENCHMARKS.md). Only the signature is
 * remembered: expiry is checked again at every use. The secret is part of the key, so after a
 * rotation no token signed with the old one is found here. Tokens with `nbf` are not remembered,
 * as jose alone judges them; ours never carry one.
 */
const verifiedTokens = new BoundedMap<string, { claims: SessionClaims; exp: number }>(10_000);

export async function verifySessionToken(
  token: string,
  secret: string,
  now: Date,
): Promise<VerifyResult> {
  const key = `${secret} ${token}`;
  const known = verifiedTokens.get(key);
  if (known) {
    // jose's rule: a token is expired from the second its `exp` names.
    if (known.exp > Math.floor(now.getTime() / 1000)) return { ok: true, claims: known.claims };
    verifiedTokens.delete(key);
    return { ok: false, expired: true };
  }
  try {
    const { payload } = await jwtVerify(token, await hmacKey(secret), {
      algorithms: ['HS256'],
      currentDate: now,
      requiredClaims: ['exp', 'sub'],
    });
    const { tid, pid, sub, exp, nbf } = payload;
    if (typeof tid !== 'string' || typeof pid !== 'string' || typeof sub !== 'string') {
      return { ok: false, expired: false };
    }
    const claims = { tid, pid, sub };
    if (nbf === undefined && exp !== undefined) verifiedTokens.set(key, { claims, exp });
    return { ok: true, claims };
  } catch (error) {
    return { ok: false, expired: error instanceof errors.JWTExpired };
  }
}
