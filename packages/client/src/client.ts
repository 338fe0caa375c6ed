import { createSend, type HttpOptions } from './http.js';
import { accountsResource, type AccountsResource } from './resources/accounts.js';
import { dealsResource, type DealsResource } from './resources/deals.js';
import { meResource, type MeResource } from './resources/me.js';
import {
  partnerSessionsResource,
  type PartnerSessionsResource,
} from './resources/partner-sessions.js';
import { SessionTokens, type SessionTokenProvider } from './session.js';

export interface ClientOptions extends HttpOptions {
  /** A partner session token (JWT) minted by the vendor's backend. */
  sessionToken?: string | undefined;
  /** Called when there is no token, and once when the API refuses the current one. */
  sessionTokenProvider?: SessionTokenProvider | undefined;
}

export interface PartnerKitClient {
  /** Replaces the session token for every later call. */
  setSessionToken(token: string | undefined): void;
  readonly me: MeResource;
  readonly deals: DealsResource;
  readonly accounts: AccountsResource;
  readonly partnerSessions: PartnerSessionsResource;
}

export function createClient(options: ClientOptions): PartnerKitClient {
  const session = new SessionTokens(options.sessionToken, options.sessionTokenProvider);
  const send = createSend(options, session);
  return {
    setSessionToken: (token) => session.set(token),
    me: meResource(send),
    deals: dealsResource(send),
    accounts: accountsResource(send),
    partnerSessions: partnerSessionsResource(send),
  };
}
