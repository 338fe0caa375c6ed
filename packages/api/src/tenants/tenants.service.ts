import { randomBytes } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { Db } from '../db/database.js';
import { newId } from '../db/ids.js';
import { DEFAULT_TENANT_SETTINGS, type TenantSettings } from './settings.js';
import { tenants } from './tenants.table.js';

export type Tenant = typeof tenants.$inferSelect;

export function newSigningSecret(): string {
  return randomBytes(32).toString('base64url');
}

export async function createTenant(
  db: Db,
  input: { name: string; id?: string; settings?: Partial<TenantSettings> },
): Promise<Tenant> {
  const [tenant] = await db
    .insert(tenants)
    .values({
      id: input.id ?? newId('ten'),
      name: input.name,
      signingSecret: newSigningSecret(),
      settings: { ...DEFAULT_TENANT_SETTINGS, ...input.settings },
    })
    .returning();
  return tenant!;
}

export async function findTenant(db: Db, id: string): Promise<Tenant | null> {
  const [tenant] = await db.select().from(tenants).where(eq(tenants.id, id));
  return tenant ?? null;
}
