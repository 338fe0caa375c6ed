import { PartnerSession, type PartnerSessionInput } from '@partnerkit/contracts';
import type { CallOptions, Send } from '../http.js';

export interface PartnerSessionsResource {
  /**
   * `POST /v1/partner-sessions` (secret key, vendor backend only): mints a short-lived session
   * token for one partner user, to hand to the browser.
   */
  create(input: PartnerSessionInput, options?: CallOptions): Promise<PartnerSession>;
}

export function partnerSessionsResource(send: Send): PartnerSessionsResource {
  return {
    create: (input, options = {}) =>
      send({
        method: 'POST',
        path: 'v1/partner-sessions',
        credential: 'secret',
        schema: PartnerSession,
        body: input,
        signal: options.signal,
      }),
  };
}
