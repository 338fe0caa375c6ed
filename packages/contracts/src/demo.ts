import * as z from 'zod/mini';
import { CountryCode, Id } from './common.js';

/** What `partnerkit-api seed --demo --json` prints: a public shape scripts rely on. */
export const DemoSeed = z.object({
  tenant: z.object({ id: Id, name: z.string() }),
  secretKey: z.string(),
  publishableKey: z.string(),
  partners: z.array(
    z.object({
      id: Id,
      name: z.string(),
      country: CountryCode,
      users: z.array(z.object({ id: Id, email: z.string() })),
    }),
  ),
});
export type DemoSeed = z.infer<typeof DemoSeed>;
