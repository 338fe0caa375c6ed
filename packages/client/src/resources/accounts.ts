import { AccountImportResult, type AccountImportInput } from '@partnerkit/contracts';
import type { CallOptions, Send } from '../http.js';

export interface AccountsResource {
  /**
   * `POST /v1/accounts/import` (secret key): upserts the vendor's existing customers that
   * registrations are checked against.
   */
  import(input: AccountImportInput, options?: CallOptions): Promise<AccountImportResult>;
}

export function accountsResource(send: Send): AccountsResource {
  return {
    import: (input, options = {}) =>
      send({
        method: 'POST',
        path: 'v1/accounts/import',
        credential: 'secret',
        schema: AccountImportResult,
        body: input,
        signal: options.signal,
      }),
  };
}
