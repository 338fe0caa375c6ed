import { AccountImportResult, type AccountImportInput } from '@partnerkit/contracts';
import type { CallOptions, Send } from '../http.js';

declare const __PK_DEV__: boolean | undefined;

// The contracts this resource's responses are checked against; none when a production browser
// build defines __PK_DEV__ as false (the API shapes its answers from the same contracts). The
// test is written out here, not imported, so that bundlers see it next to the schemas' only
// references and drop the schemas: an imported flag is folded too late to shake them off.
const RESPONSES =
  typeof __PK_DEV__ === 'undefined' || __PK_DEV__ ? { AccountImportResult } : undefined;

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
        schema: RESPONSES?.AccountImportResult,
        body: input,
        signal: options.signal,
      }),
  };
}
