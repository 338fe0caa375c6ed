import * as z from 'zod/mini';
import { CountryCode } from '../common.js';

export const CompanyName = z.string().check(z.trim(), z.minLength(1), z.maxLength(200));

/**
 * A customer's website or bare domain. A scheme, `www.` and a path are accepted here and
 * stripped by the API's normaliser, so partners can paste a URL.
 */
export const Domain = z
  .string()
  .check(
    z.trim(),
    z.maxLength(253),
    z.regex(
      /^(https?:\/\/)?([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}\.?(:\d{1,5})?([/?#]\S*)?$/i,
      'Enter a domain such as example.com',
    ),
  );

export const Company = z.strictObject({
  name: CompanyName,
  domain: Domain,
  country: CountryCode,
});
export type Company = z.infer<typeof Company>;
