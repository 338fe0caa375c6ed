import { PartnerSession, type PartnerSessionInput } from '@partnerkit/contracts';
import type { CallOptions, Send } from '../http.js';

declare const __PK_DEV__: boolean | undefined;

// The contracts this resource's responses are checked against; none when a production browser
// build defines __PK_DEV__ as false (the API shapes its answers from the same contracts). The
// test is written out here, not imported, so that bundlers see it next to the schemas' only
// references and drop the schemas: an imported flag is folded too late to shake them off.
const RESPONSES = typeof __PK_DEV__ === 'undefined' || __PK_DEV__ ? { PartnerSession } : undefined;

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
        schema: RESPONSES?.PartnerSession,
        body: input,
        signal: options.signal,
      }),
  };
}
