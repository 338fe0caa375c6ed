import * as z from 'zod/mini';
import { CountryCode } from './common.js';
import { CompanyName, Domain } from './deals/company.js';
import { named } from './schema.js';

export const MAX_ACCOUNTS_PER_IMPORT = 10_000;

export const AccountInput = z.strictObject({
  name: CompanyName,
  domain: z.optional(Domain),
  country: CountryCode,
  /** The vendor's own CRM id; re-importing the same id updates the account. */
  externalId: z.optional(z.string().check(z.minLength(1), z.maxLength(128))),
});
export type AccountInput = z.infer<typeof AccountInput>;

export const AccountImportInput = named(
  z.strictObject({
    accounts: z.array(AccountInput).check(z.minLength(1), z.maxLength(MAX_ACCOUNTS_PER_IMPORT)),
  }),
  'AccountImportInput',
  "The vendor's existing customers, that deal registrations are checked against",
);
export type AccountImportInput = z.infer<typeof AccountImportInput>;

export const AccountImportResult = named(
  z.object({ imported: z.int(), updated: z.int() }),
  'AccountImportResult',
);
export type AccountImportResult = z.infer<typeof AccountImportResult>;
