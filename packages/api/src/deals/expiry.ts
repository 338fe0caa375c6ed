import { and, eq, lt, or } from 'drizzle-orm';
import type { Tx } from '../db/database.js';
import { deals } from './deals.table.js';
import { recordDealChanges } from './events.js';

export interface LapsedFilter {
  tenantId: string;
  now: Date;
  /** Only the deals of this customer; all of the tenant's when absent. */
  customer?: { nameNorm: string; domainNorm: string };
}

/**
 * Moves approved deals whose protection ran out to `expired`, with their timeline event, so the
 * customer is free again. Registration calls it for the customer at hand before deciding, which
 * frees the exclusivity indexes without waiting for a sweep; a scheduler can sweep a tenant.
 */
export async function expireLapsedDeals(tx: Tx, filter: LapsedFilter): Promise<string[]> {
  const { tenantId, now, customer } = filter;
  const expired = await tx
    .update(deals)
    .set({ status: 'expired', protectedUntil: null, updatedAt: now })
    .where(
      and(
        eq(deals.tenantId, tenantId),
        eq(deals.status, 'approved'),
        lt(deals.protectedUntil, now),
        customer
          ? or(eq(deals.nameNorm, customer.nameNorm), eq(deals.domainNorm, customer.domainNorm))
          : undefined,
      ),
    )
    .returning();
  await recordDealChanges(
    tx,
    expired.map((deal) => ({
      deal,
      type: 'expired' as const,
      fromStatus: 'approved' as const,
      toStatus: 'expired' as const,
      actor: 'system' as const,
      note: 'The protection period ended.',
      at: now,
    })),
  );
  return expired.map((row) => row.id);
}
