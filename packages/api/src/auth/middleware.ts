import type { Context, MiddlewareHandler } from 'hono';
import type { AdmittedSession, AppEnv, Auth, ClaimedSession } from '../http/env.js';
import { IDEMPOTENCY_HEADER } from '../http/idempotency.js';
import { ProblemError } from '../http/problem.js';
import { apiKeyKindOf, findApiKey } from './api-keys.js';
import { findSessionPrincipal, type SessionPrincipal } from './session-principal.js';
import { claimedSession, verifySessionToken, type SessionClaims } from './session-token.js';

type Kind = Auth['kind'];
type AuthEnv<K extends Kind> = {
  Variables: AppEnv['Variables'] & { auth: Extract<Auth, { kind: K }> };
};

const CHALLENGE = { 'WWW-Authenticate': 'Bearer' };
const unauthorized = (detail: string) =>
  new ProblemError('unauthorized', { detail, headers: CHALLENGE });

function bearerToken(c: Context<AppEnv>, queryParameter?: string): string {
  const header = c.req.header('Authorization');
  const fromQuery = queryParameter && !header ? c.req.query(queryParameter) : undefined;
  if (fromQuery) return fromQuery;
  const match = header?.match(/^Bearer\s+(\S+)\s*$/i);
  if (!match) throw unauthorized('Send a key or session token as "Authorization: Bearer …"');
  return match[1]!;
}

async function apiKeyAuth(c: Context<AppEnv>, token: string): Promise<Auth> {
  const key = await findApiKey(c.var.database.db, token);
  if (!key) throw unauthorized('Unknown API key');
  if (key.kind === 'secret') return { kind: 'secret', tenantId: key.tenantId };
  const origin = c.req.header('Origin');
  const allowed =
    key.allowedOrigins.includes('*') || (!!origin && key.allowedOrigins.includes(origin));
  if (!allowed) {
    throw new ProblemError('origin_not_allowed', {
      detail: origin
        ? `Add ${origin} to the allowed origins of this publishable key`
        : 'Publishable keys are for browsers: the request has no Origin',
    });
  }
  return { kind: 'publishable', tenantId: key.tenantId };
}

/**
 * The partner a session token speaks for, given what it claims and the principal read for those
 * claims; 401 unless the signature, the expiry and the membership all check out.
 */
async function admitSession(
  token: string,
  claimed: SessionClaims | null,
  principal: SessionPrincipal | null,
  now: Date,
): Promise<AdmittedSession> {
  if (!claimed || !principal) throw unauthorized('The session token is not valid');
  const result = await verifySessionToken(token, principal.signingSecret, now);
  if (!result.ok) {
    if (result.expired) {
      throw new ProblemError('token_expired', {
        detail: 'Mint a new session token',
        headers: CHALLENGE,
      });
    }
    throw unauthorized('The session token is not valid');
  }
  const { tid, pid, sub } = result.claims;
  // The principal was looked up by the claims as read before verification; they are the same
  // bytes, but a lookup is only trusted for exactly the claims the signature covers.
  if (tid !== claimed.tid || pid !== claimed.pid || sub !== claimed.sub || !principal.partner) {
    throw unauthorized('The session token names an unknown partner user');
  }
  return {
    auth: { kind: 'partner', tenantId: tid, partnerId: pid, userId: sub },
    context: principal.partner,
  };
}

async function sessionAuth(c: Context<AppEnv>, token: string): Promise<Auth> {
  const claimed = claimedSession(token);
  const principal = claimed ? await findSessionPrincipal(c.var.database.db, claimed) : null;
  const { auth, context } = await admitSession(token, claimed, principal, c.var.clock());
  c.set('partnerContext', context);
  return auth;
}

/**
 * Authenticates the bearer credential and admits the listed kinds: a valid credential of
 * another kind is 403, a missing or bad one 401. Sets `c.var.auth`, narrowed to those kinds.
 */
export function requireAuth<K extends Kind>(...kinds: K[]): MiddlewareHandler<AuthEnv<K>> {
  return authenticate(kinds);
}

function authenticate<K extends Kind>(
  kinds: K[],
  queryParameter?: string,
): MiddlewareHandler<AuthEnv<K>> {
  return async function requireAuth(c, next) {
    const context = c as unknown as Context<AppEnv>;
    const token = bearerToken(context, queryParameter);
    const auth = apiKeyKindOf(token)
      ? await apiKeyAuth(context, token)
      : await sessionAuth(context, token);
    if (!(kinds as Kind[]).includes(auth.kind)) {
      throw new ProblemError('forbidden', {
        detail: `This endpoint takes: ${kinds.map(describeKind).join(' or ')}`,
      });
    }
    c.set('auth', auth as Extract<Auth, { kind: K }>);
    await next();
  };
}

function describeKind(kind: Kind): string {
  if (kind === 'secret') return 'a secret key';
  if (kind === 'publishable') return 'a publishable key';
  return 'a partner session token';
}

type ClaimedSessionEnv = {
  Variables: AuthEnv<'partner'>['Variables'] & { session: ClaimedSession };
};

/**
 * `requirePartnerSession` for a handler that reads the session's principal in its own first
 * query and hands it to `c.var.session.admit`: a round trip less per request. The check is the
 * same, and so is the order of errors: when anything after this middleware fails before the
 * session was checked, it is checked the usual way first, so that a bad token answers 401
 * whatever else is wrong with the request. A request with an `Idempotency-Key` is checked up
 * front, because the key is the user's and the idempotency middleware runs before the handler.
 */
export function requirePartnerSessionCheckedByHandler(): MiddlewareHandler<ClaimedSessionEnv> {
  const upFront = requirePartnerSession();
  return async function requirePartnerSessionCheckedByHandler(c, next) {
    const context = c as unknown as Context<AppEnv>;
    const token = bearerToken(context);
    const claims =
      apiKeyKindOf(token) || c.req.header(IDEMPOTENCY_HEADER) !== undefined
        ? null
        : claimedSession(token);
    if (!claims) {
      return upFront(c as unknown as Context<AuthEnv<'partner'>>, async () => {
        const { auth } = c.var;
        const admitted = { auth, context: c.var.partnerContext };
        c.set('session', {
          claims: { tid: auth.tenantId, pid: auth.partnerId, sub: auth.userId },
          admit: () => Promise.resolve(admitted),
        });
        await next();
      });
    }
    let checked = false;
    c.set('session', {
      claims,
      admit: async (principal) => {
        checked = true;
        const admitted = await admitSession(token, claims, principal, c.var.clock());
        c.set('auth', admitted.auth);
        c.set('partnerContext', admitted.context);
        return admitted;
      },
    });
    await next();
    if (c.error && !checked) await sessionAuth(context, token);
  };
}

export const requireSecretKey = () => requireAuth('secret');
export const requirePartnerSession = () => requireAuth('partner');
export const requirePartnerOrSecret = () => requireAuth('partner', 'secret');
export const requirePublishableKey = () => requireAuth('publishable');
/**
 * For `GET /v1/events` only: EventSource cannot send headers, so the session token may also
 * come as `?<queryParameter>=`. Tokens in URLs reach logs; they are short-lived for that reason.
 */
export const requirePartnerSessionFromHeaderOrQuery = (queryParameter: string) =>
  authenticate(['partner'], queryParameter);
