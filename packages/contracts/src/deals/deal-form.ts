import * as z from 'zod/mini';
import { CountryCode, CurrencyCode, Id } from '../common.js';
import { named } from '../schema.js';
import { DealType } from './deal-input.js';

export const CustomFieldType = z.enum(['text', 'number', 'select', 'boolean']);

/** A field the tenant adds to its registration form. */
export const CustomFieldDefinition = named(
  z.object({
    key: z.string(),
    type: CustomFieldType,
    label: z.string(),
    /** Translations of `label` by locale; `label` is the fallback. */
    labels: z.optional(z.record(z.string(), z.string())),
    required: z.boolean(),
    options: z.optional(z.array(z.object({ value: z.string(), label: z.string() }))),
  }),
  'CustomFieldDefinition',
);
export type CustomFieldDefinition = z.infer<typeof CustomFieldDefinition>;

/** `GET /v1/deal-form`: everything a registration form needs, for the session's partner. */
export const DealForm = named(
  z.object({
    products: z.array(z.object({ id: Id, name: z.string(), sku: z.nullable(z.string()) })),
    currencies: z.array(CurrencyCode),
    defaultCurrency: CurrencyCode,
    dealTypes: z.array(DealType),
    /** The partner's territory; registrations elsewhere are rejected. */
    countries: z.array(CountryCode),
    customFields: z.array(CustomFieldDefinition),
    rules: z.object({
      protectionDays: z.int(),
      extensionDays: z.int(),
      maxExtensions: z.int(),
    }),
  }),
  'DealForm',
);
export type DealForm = z.infer<typeof DealForm>;
