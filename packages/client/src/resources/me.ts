import { Me } from '@partnerkit/contracts';
import type { CallOptions, Send } from '../http.js';

declare const __PK_DEV__: boolean | undefined;

// The contracts this resource's responses are checked against; none when a production browser
// build defines __PK_DEV__ as false (the API shapes its answers from the same contracts). The
// test is written out here, not imported, so that bundlers see it next to the schemas' only
// references and drop the schemas: an imported flag is folded too late to shake them off.
const RESPONSES = typeof __PK_DEV__ === 'undefined' || __PK_DEV__ ? { Me } : undefined;

export interface MeResource {
  /** `GET /v1/me`: the tenant, partner (with branding) and user the session speaks for. */
  get(options?: CallOptions): Promise<Me>;
}

export function meResource(send: Send): MeResource {
  return {
    get: (options = {}) =>
      send({
        method: 'GET',
        path: 'v1/me',
        credential: 'partner',
        schema: RESPONSES?.Me,
        signal: options.signal,
      }),
  };
}
