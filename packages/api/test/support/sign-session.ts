import { SignJWT } from 'jose';

/**
 * A session token signed the way a vendor's server would, with any claims: for the tests that
 * need tokens the API's own minting never produces (another secret, missing or foreign claims).
 */
export function signSessionToken(
  claims: Record<string, unknown>,
  secret: string,
  expiresAt: Date,
): Promise<string> {
  return new SignJWT(claims)
    .setProtectedHeader({ alg: 'HS256' })
    .setIssuedAt()
    .setExpirationTime(Math.floor(expiresAt.getTime() / 1000))
    .sign(new TextEncoder().encode(secret));
}
