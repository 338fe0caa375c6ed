import { Me } from '@partnerkit/contracts';
import type { CallOptions, Send } from '../http.js';

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
        schema: Me,
        signal: options.signal,
      }),
  };
}
