import * as z from 'zod/mini';
import { Id, IsoDate, Money } from '../common.js';
import { named } from '../schema.js';
import { Company } from './company.js';

export const DealType = z.enum(['new', 'upsell', 'renewal']);
export type DealType = z.infer<typeof DealType>;

export const Contact = z.strictObject({
  name: z.string().check(z.trim(), z.minLength(1), z.maxLength(200)),
  email: z.email(),
  phone: z.optional(
    z.string().check(z.trim(), z.regex(/^\+?[0-9 ()./-]{3,40}$/, 'Enter a phone number')),
  ),
});
export type Contact = z.infer<typeof Contact>;

export const CustomFieldValue = z.union([
  z.string().check(z.maxLength(1000)),
  z.number(),
  z.boolean(),
]);
export const CustomFieldValues = z.record(
  z.string().check(z.regex(/^[a-zA-Z][a-zA-Z0-9_]{0,63}$/)),
  CustomFieldValue,
);
export type CustomFieldValues = z.infer<typeof CustomFieldValues>;

export const MAX_NOTES_LENGTH = 4000;

/** What a partner submits to register a deal (`POST /v1/deals`). */
export const DealInput = named(
  z.strictObject({
    company: Company,
    contact: Contact,
    products: z.array(Id).check(z.minLength(1), z.maxLength(50)),
    amount: Money,
    expectedCloseDate: IsoDate,
    dealType: DealType,
    coSell: z.boolean(),
    notes: z.optional(z.string().check(z.maxLength(MAX_NOTES_LENGTH))),
    customFields: z.optional(CustomFieldValues),
  }),
  'DealInput',
  'A deal registration as the partner submits it',
);
export type DealInput = z.infer<typeof DealInput>;
