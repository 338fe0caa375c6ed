import * as z from 'zod/mini';
import { Id, IsoDateTime } from './common.js';
import { named } from './schema.js';

export const PartnerSessionInput = named(
  z.strictObject({
    partnerId: Id,
    userId: Id,
    /** Lifetime in seconds; the API caps it. */
    ttlSeconds: z.optional(z.int().check(z.minimum(60), z.maximum(86_400))),
  }),
  'PartnerSessionInput',
);
export type PartnerSessionInput = z.infer<typeof PartnerSessionInput>;

export const PartnerSession = named(
  z.object({ token: z.string(), expiresAt: IsoDateTime }),
  'PartnerSession',
  'A short-lived JWT for one partner user, sent as `Authorization: Bearer`',
);
export type PartnerSession = z.infer<typeof PartnerSession>;
