import type { Database } from '../db/database.js';
import type { PartnerContext } from '../deals/partner-context.js';
import type { Logger } from './logger.js';

export type SecretAuth = { kind: 'secret'; tenantId: string };
export type PartnerAuth = { kind: 'partner'; tenantId: string; partnerId: string; userId: string };
export type PublishableAuth = { kind: 'publishable'; tenantId: string };
/** Who a request speaks for, set by the `require…` middleware of `src/auth/`. */
export type Auth = SecretAuth | PartnerAuth | PublishableAuth;

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
