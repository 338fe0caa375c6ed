import * as z from 'zod/mini';
import { IsoDate } from '../common.js';
import { named } from '../schema.js';

/** A funding period (e.g. a quarter), both days included. */
export const MdfPeriod = named(
  z.strictObject({ start: IsoDate, end: IsoDate }).check(
    z.refine((period) => period.end >= period.start, {
      path: ['end'],
      message: 'The period cannot end before it starts',
    }),
  ),
  'MdfPeriod',
);
export type MdfPeriod = z.infer<typeof MdfPeriod>;
