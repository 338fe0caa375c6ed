import type { DealEventType, DealStatus, TransitionAction } from '@partnerkit/contracts';
import { and, eq } from 'drizzle-orm';
import type { Db, Tx } from '../db/database.js';
import type { PartnerAuth } from '../http/env.js';
import { ProblemError } from '../http/problem.js';
import { deals, type DealRow } from './deals.table.js';
import { recordDealChange } from './events.js';
import { extensionRequests } from './extension-requests.table.js';
import { loadTenantSettings } from './partner-context.js';
import { addDays, managerForCountry } from './routing.js';
import { reason } from './rules.js';

interface TransitionRule {
  from: readonly DealStatus[];
  to: DealStatus;
  event: DealEventType;
}

/**
 * Every move a channel manager can make, and from where. Anything not listed here is a 409
 * `invalid_transition`. Extension decisions keep the deal approved and act on its pending
 * extension request.
 */
export const TRANSITIONS: Record<TransitionAction, TransitionRule> = {
  approve: {
    from: ['submitted', 'pending_review', 'needs_info'],
    to: 'approved',
    event: 'approved',
  },
  reject: {
    from: ['submitted', 'pending_review', 'needs_info', 'approved'],
    to: 'rejected',
    event: 'rejected',
  },
  request_info: { from: ['submitted', 'pending_review'], to: 'needs_info', event: 'needs_info' },
  won: { from: ['approved'], to: 'won', event: 'won' },
  lost: { from: ['approved', 'needs_info', 'pending_review'], to: 'lost', event: 'lost' },
  grant_extension: { from: ['approved'], to: 'approved', event: 'extension_granted' },
  deny_extension: { from: ['approved'], to: 'approved', event: 'extension_denied' },
};

const DEFAULT_NOTES: Record<TransitionAction, string> = {
  approve: 'Approved by the channel manager.',
  reject: 'Rejected by the channel manager.',
  request_info: 'The channel manager needs more information about this deal.',
  won: 'Marked as won.',
  lost: 'Marked as lost.',
  grant_extension: 'Extension granted.',
  deny_extension: 'Extension denied.',
};

/** The deal, locked until the transaction ends, so concurrent moves on it queue up. */
export async function lockDeal(tx: Tx, tenantId: string, dealId: string): Promise<DealRow> {
  const [deal] = await tx
    .select()
    .from(deals)
    .where(and(eq(deals.id, dealId), eq(deals.tenantId, tenantId)))
    .for('update');
  if (!deal) throw new ProblemError('not_found', { detail: 'No such deal' });
  return deal;
}

/** `lockDeal` for a partner: another partner's deal is as unknown as a missing one. */
export async function lockOwnDeal(tx: Tx, auth: PartnerAuth, dealId: string): Promise<DealRow> {
  const deal = await lockDeal(tx, auth.tenantId, dealId);
  if (deal.partnerId !== auth.partnerId) {
    throw new ProblemError('not_found', { detail: 'No such deal' });
  }
  return deal;
}

async function decideExtension(
  tx: Tx,
  deal: DealRow,
  granted: boolean,
  now: Date,
  maxExtensions: number,
): Promise<void> {
  const [pending] = await tx
    .select({ id: extensionRequests.id })
    .from(extensionRequests)
    .where(and(eq(extensionRequests.dealId, deal.id), eq(extensionRequests.status, 'pending')));
  if (!pending) {
    throw new ProblemError('invalid_transition', {
      detail: 'The deal has no pending extension request',
    });
  }
  if (granted && deal.extensionsUsed >= maxExtensions) {
    throw new ProblemError('extension_limit_reached', {
      detail: `A deal can be extended at most ${maxExtensions} times`,
    });
  }
  await tx
    .update(extensionRequests)
    .set({ status: granted ? 'granted' : 'denied', decidedAt: now })
    .where(eq(extensionRequests.id, pending.id));
}

/** `POST /v1/deals/{id}/transitions` (secret key): one move, its event, one transaction. */
export async function transitionDeal(
  db: Db,
  tenantId: string,
  dealId: string,
  action: TransitionAction,
  note: string | undefined,
  now: Date,
): Promise<DealRow> {
  const rule = TRANSITIONS[action];
  const settings = await loadTenantSettings(db, tenantId);
  return db.transaction(async (tx) => {
    const deal = await lockDeal(tx, tenantId, dealId);
    if (!rule.from.includes(deal.status)) {
      throw new ProblemError('invalid_transition', {
        detail: `Cannot ${action.replace('_', ' ')} a deal that is ${deal.status.replace('_', ' ')}`,
      });
    }
    const message = note ?? DEFAULT_NOTES[action];
    const changes: Partial<typeof deals.$inferInsert> = { status: rule.to, updatedAt: now };
    if (action === 'approve') {
      changes.protectedUntil = addDays(now, settings.protectionDays);
      changes.reasons = [reason('vendor_decision', message)];
      changes.assignedManager =
        deal.assignedManager ?? (await managerForCountry(tx, tenantId, deal.companyCountry));
    } else if (action === 'reject') {
      changes.protectedUntil = null;
      changes.reasons = [reason('vendor_decision', message)];
    } else if (action === 'request_info') {
      changes.reasons = [reason('info_requested', message)];
    } else if (action === 'won' || action === 'lost') {
      changes.protectedUntil = null;
    } else {
      const granted = action === 'grant_extension';
      await decideExtension(tx, deal, granted, now, settings.maxExtensions);
      if (granted) {
        // From the current end of protection, so an early grant does not cost the partner days.
        const from = deal.protectedUntil && deal.protectedUntil > now ? deal.protectedUntil : now;
        changes.protectedUntil = addDays(from, settings.extensionDays);
        changes.extensionsUsed = deal.extensionsUsed + 1;
      }
    }
    const [updated] = await tx.update(deals).set(changes).where(eq(deals.id, deal.id)).returning();
    if (!updated) throw new Error('deal update returned nothing');
    await recordDealChange(tx, {
      tenantId,
      dealId: deal.id,
      type: rule.event,
      fromStatus: deal.status,
      toStatus: rule.to,
      actor: 'vendor',
      note: message,
      at: now,
    });
    return updated;
  });
}
