import * as z from 'zod/mini';
import { named } from './schema.js';

export const Id = z.string().check(z.minLength(1), z.maxLength(64));

/** ISO 3166-1 alpha-2, upper case (`DE`, `US`). */
export const CountryCode = named(
  z.string().check(z.regex(/^[A-Z]{2}$/, 'Use a two-letter ISO country code')),
  'CountryCode',
);

/** ISO 4217, upper case (`EUR`, `USD`). */
export const CurrencyCode = named(
  z.string().check(z.regex(/^[A-Z]{3}$/, 'Use a three-letter ISO currency code')),
  'CurrencyCode',
);

/** Money in integer minor units (cents): never floats. */
export const Money = named(
  z.object({
    value: z.int().check(z.positive(), z.maximum(Number.MAX_SAFE_INTEGER)),
    currency: CurrencyCode,
  }),
  'Money',
  'An amount in integer minor units (e.g. cents) with its ISO 4217 currency',
);
export type Money = z.infer<typeof Money>;

export const IsoDate = z.iso.date();
export const IsoDateTime = z.iso.datetime({ offset: true });

export const Locale = z.enum(['en', 'de', 'fr', 'es', 'ja', 'ar']);
export type Locale = z.infer<typeof Locale>;
export const LOCALES = Locale.options;
