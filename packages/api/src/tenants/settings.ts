import type { CustomFieldDefinition, MdfActivityTypeDefinition } from '@partnerkit/contracts';
import { STANDARD_MDF_ACTIVITY_TYPES } from '../mdf/activity-types.js';

/** A tenant's partner-program rules, kept as one JSON document on the tenant. */
export interface TenantSettings {
  /** How long an approved registration is protected. */
  protectionDays: number;
  /** How much one granted extension adds to the protection. */
  extensionDays: number;
  maxExtensions: number;
  /** Days before the end of protection that a `deal.reminder` goes out (default 7). */
  expiryReminderDays?: number;
  currencies: string[];
  defaultCurrency: string;
  customFields: CustomFieldDefinition[];
  /**
   * Channel manager id by customer country (ISO code); the key `*` catches every other
   * country. Approved deals are routed with it.
   */
  channelManagerByCountry: Record<string, string>;
  /**
   * The MDF activity types partners may request funds for, with their co-op rate and the proof
   * a claim needs. Tenants created before MDF have none stored: `mdfActivityTypesOf` gives them
   * the standard ones.
   */
  mdfActivityTypes?: MdfActivityTypeDefinition[];
  /**
   * Days after an activity's end date that its approved funds wait for a claim; then the
   * request expires and the funds go back to the balance (default 90, `src/mdf/expiry.ts`).
   */
  mdfClaimWindowDays?: number;
}

export function mdfActivityTypesOf(settings: TenantSettings): MdfActivityTypeDefinition[] {
  return settings.mdfActivityTypes ?? STANDARD_MDF_ACTIVITY_TYPES;
}

export const DEFAULT_TENANT_SETTINGS: TenantSettings = {
  protectionDays: 90,
  extensionDays: 30,
  maxExtensions: 2,
  currencies: ['USD', 'EUR'],
  defaultCurrency: 'USD',
  customFields: [],
  channelManagerByCountry: {},
  mdfActivityTypes: STANDARD_MDF_ACTIVITY_TYPES,
};
