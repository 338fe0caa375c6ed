import { createApiKey } from '../auth/api-keys.js';
import type { Database } from '../db/database.js';
import { createTenant } from '../tenants/tenants.service.js';

export interface NewTenantResult {
  tenant: { id: string; name: string };
  secretKey: string;
  publishableKey: string;
  allowedOrigins: string[];
}

/** A fresh, empty tenant with random keys: the only time the keys are shown. */
export async function seedTenant(
  database: Database,
  input: { name: string; allowedOrigins: string[] },
): Promise<NewTenantResult> {
  return database.db.transaction(async (tx) => {
    const tenant = await createTenant(tx, { name: input.name });
    const secret = await createApiKey(tx, { tenantId: tenant.id, kind: 'secret' });
    const publishable = await createApiKey(tx, {
      tenantId: tenant.id,
      kind: 'publishable',
      allowedOrigins: input.allowedOrigins,
    });
    return {
      tenant: { id: tenant.id, name: tenant.name },
      secretKey: secret.key,
      publishableKey: publishable.key,
      allowedOrigins: input.allowedOrigins,
    };
  });
}
