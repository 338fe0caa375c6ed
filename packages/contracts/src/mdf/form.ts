import * as z from 'zod/mini';
import { CurrencyCode, Locale } from '../common.js';
import { named } from '../schema.js';
import { MdfActivityType } from './activity-types.js';
import { MdfPeriod } from './period.js';

/** `GET /v1/mdf/form`: everything the request form needs, for the session's partner. */
export const MdfForm = named(
  z.object({
    /** The locale of the labels: the user's, else the best of `Accept-Language`, else `en`. */
    locale: Locale,
    activityTypes: z.array(MdfActivityType),
    /** Currencies the partner has an open allocation in. */
    currencies: z.array(CurrencyCode),
    /** Allocation periods that have not ended, oldest first, with their currencies. */
    openPeriods: z.array(z.extend(MdfPeriod, { currencies: z.array(CurrencyCode) })),
  }),
  'MdfForm',
);
export type MdfForm = z.infer<typeof MdfForm>;
