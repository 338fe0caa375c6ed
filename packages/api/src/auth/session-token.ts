import { SignJWT, decodeJwt, errors, jwtVerify } from 'jose';

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

/** The tenant a token claims, read before verifying it: it tells which secret to verify with. */
export function claimedTenant(token: string): string | null {
  try {
    const { tid } = decodeJwt(token);
    return typeof tid === 'string' && tid ? tid : null;
  } catch {
    return null;
  }
}

export type VerifyResult = { ok: true; claims: SessionClaims } | { ok: false; expired: boolean };

export async function verifySessionToken(
  token: string,
  secret: string,
  now: Date,
): Promise<VerifyResult> {
  try {
    const { payload } = await jwtVerify(token, encoder.encode(secret), {
      algorithms: ['HS256'],
      currentDate: now,
      requiredClaims: ['exp', 'sub'],
    });
    const { tid, pid, sub } = payload;
    if (typeof tid !== 'string' || typeof pid !== 'string' || typeof sub !== 'string') {
      return { ok: false, expired: false };
    }
    return { ok: true, claims: { tid, pid, sub } };
  } catch (error) {
    return { ok: false, expired: error instanceof errors.JWTExpired };
  }
}
