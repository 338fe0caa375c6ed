import * as z from 'zod/mini';
import { CountryCode, Id, Locale } from './common.js';
import { named } from './schema.js';

export const PartnerType = z.enum(['reseller', 'msp', 'system_integrator', 'referral']);
export const PartnerTier = z.enum(['registered', 'silver', 'gold', 'platinum']);

export const Branding = named(
  z.object({
    logoUrl: z.nullable(z.string()),
    /** CSS hex colour, `#rrggbb`. */
    color: z.nullable(z.string().check(z.regex(/^#[0-9a-fA-F]{6}$/))),
    contactName: z.nullable(z.string()),
    contactEmail: z.nullable(z.string()),
    contactPhone: z.nullable(z.string()),
  }),
  'Branding',
  "A partner's co-branding",
);
export type Branding = z.infer<typeof Branding>;

export const Partner = named(
  z.object({
    id: Id,
    name: z.string(),
    type: PartnerType,
    tier: PartnerTier,
    /** Territory: the countries this partner may register deals in. */
    countries: z.array(CountryCode),
    branding: Branding,
  }),
  'Partner',
);
export type Partner = z.infer<typeof Partner>;

export const PartnerUser = named(
  z.object({ id: Id, name: z.string(), email: z.string(), locale: z.nullable(Locale) }),
  'PartnerUser',
);
export type PartnerUser = z.infer<typeof PartnerUser>;

/** `GET /v1/me`: who the session token speaks for. */
export const Me = named(
  z.object({
    tenant: z.object({ id: Id, name: z.string() }),
    partner: Partner,
    user: PartnerUser,
  }),
  'Me',
);
export type Me = z.infer<typeof Me>;
