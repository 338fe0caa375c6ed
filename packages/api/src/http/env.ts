import type { SessionPrincipal } from '../auth/session-principal.js';
import type { SessionClaims } from '../auth/session-token.js';
import type { Database } from '../db/database.js';
import type { PartnerContext } from '../deals/partner-context.js';
import type { Logger } from './logger.js';

export type SecretAuth = { kind: 'secret'; tenantId: string };
export type PartnerAuth = { kind: 'partner'; tenantId: string; partnerId: string; userId: string };
export type PublishableAuth = { kind: 'publishable'; tenantId: string };
/** Who a request speaks for, set by the `require…` middleware of `src/auth/`. */
export type Auth = SecretAuth | PartnerAuth | PublishableAuth;

/** A partner session that passed its check, with what the check read. */
export interface AdmittedSession {
  auth: PartnerAuth;
  context: PartnerContext;
}

/**
 * A partner session token not checked yet: the handler reads the principal for `claims` in its
 * own first query and admits it (`requirePartnerSessionCheckedByHandler`) before anything else.
 */
export interface ClaimedSession {
  claims: SessionClaims;
  /** The session checked against the principal read for `claims`; 401 when it fails. */
  admit(principal: SessionPrincipal | null): Promise<AdmittedSession>;
}

/** The app's notion of now; tests pass one they can move. */
export type Clock = () => Date;

export interface AppEnv {
  Variables: {
    database: Database;
    requestId: string;
    clock: Clock;
    logger: Logger;
    auth: Auth;
    /**
     * The tenant's rules and the partner's territory, read by the partner-session check in
     * the same query as the user: set exactly when `auth` is a partner session.
     */
    partnerContext: PartnerContext;
  };
}
