import { createSend, type HttpOptions } from './http.js';
import { accountsResource, type AccountsResource } from './resources/accounts.js';
import { dealsResource, type DealsResource } from './resources/deals.js';
import { eventsResource, type EventsResource } from './resources/events.js';
import { mdfResource, type MdfResource } from './resources/mdf.js';
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
  /** Market development funds: allocations, balance, requests and claims. */
  readonly mdf: MdfResource;
  /** Live deal changes of the session's partner (server-sent events). */
  readonly events: EventsResource;
  readonly accounts: AccountsResource;
  readonly partnerSessions: PartnerSessionsResource;
}

// Keys are told apart by prefix, as the API does; a mix-up here could publish a secret key.
function checkKeys(options: ClientOptions): void {
  if (options.publishableKey?.startsWith('sk_')) {
    throw new TypeError('publishableKey holds a secret key (sk_…): never send one to a browser');
  }
  if (options.secretKey !== undefined && !options.secretKey.startsWith('sk_')) {
    throw new TypeError('secretKey must be a secret key (sk_…)');
  }
  if (options.secretKey && typeof document !== 'undefined') {
    console.warn('PartnerKit: a secretKey in a web page is readable by anyone; use it on servers');
  }
}

export function createClient(options: ClientOptions): PartnerKitClient {
  checkKeys(options);
  const session = new SessionTokens(options.sessionToken, options.sessionTokenProvider);
  const send = createSend(options, session);
  return {
    setSessionToken: (token) => session.set(token),
    me: meResource(send),
    deals: dealsResource(send),
    mdf: mdfResource(send),
    events: eventsResource(options, session),
    accounts: accountsResource(send),
    partnerSessions: partnerSessionsResource(send),
  };
}
