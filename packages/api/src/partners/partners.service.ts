import type { Branding, Locale, Partner, PartnerUser } from '@partnerkit/contracts';
import { and, eq } from 'drizzle-orm';
import type { Db } from '../db/database.js';
import { newId } from '../db/ids.js';
import { partnerUsers, partners } from './partners.table.js';

export type PartnerRow = typeof partners.$inferSelect;
export type PartnerUserRow = typeof partnerUsers.$inferSelect;

export const NO_BRANDING: Branding = {
  logoUrl: null,
  color: null,
  contactName: null,
  contactEmail: null,
  contactPhone: null,
};

export async function createPartner(
  db: Db,
  input: Omit<PartnerRow, 'id' | 'createdAt' | 'branding'> & { id?: string; branding?: Branding },
): Promise<PartnerRow> {
  const [partner] = await db
    .insert(partners)
    .values({ ...input, id: input.id ?? newId('par'), branding: input.branding ?? NO_BRANDING })
    .returning();
  return partner!;
}

export async function createPartnerUser(
  db: Db,
  input: {
    tenantId: string;
    partnerId: string;
    name: string;
    email: string;
    locale?: Locale;
    id?: string;
  },
): Promise<PartnerUserRow> {
  const [user] = await db
    .insert(partnerUsers)
    .values({ ...input, id: input.id ?? newId('usr'), locale: input.locale ?? null })
    .returning();
  return user!;
}

/** The user only if it belongs to this partner of this tenant: ids alone are never trusted. */
export async function findPartnerUser(
  db: Db,
  ids: { tenantId: string; partnerId: string; userId: string },
): Promise<{ partner: PartnerRow; user: PartnerUserRow } | null> {
  const [row] = await db
    .select({ partner: partners, user: partnerUsers })
    .from(partnerUsers)
    .innerJoin(partners, eq(partners.id, partnerUsers.partnerId))
    .where(
      and(
        eq(partnerUsers.id, ids.userId),
        eq(partnerUsers.partnerId, ids.partnerId),
        eq(partnerUsers.tenantId, ids.tenantId),
        eq(partners.tenantId, ids.tenantId),
      ),
    );
  return row ?? null;
}

export function toPartner(row: PartnerRow): Partner {
  return {
    id: row.id,
    name: row.name,
    type: row.type,
    tier: row.tier,
    countries: row.countries,
    branding: row.branding,
  };
}

export function toPartnerUser(row: PartnerUserRow): PartnerUser {
  return { id: row.id, name: row.name, email: row.email, locale: row.locale };
}
