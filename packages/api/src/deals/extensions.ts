import { and, eq } from 'drizzle-orm';
import type { Db } from '../db/database.js';
import { newId } from '../db/ids.js';
import type { PartnerAuth } from '../http/env.js';
import { ProblemError } from '../http/problem.js';
import { recordDealChange } from './events.js';
import { extensionRequests, type ExtensionRequestRow } from './extension-requests.table.js';
import { loadTenantSettings } from './partner-context.js';
import { lockOwnDeal } from './transitions.js';
import { isUniqueViolation } from './unique-violation.js';

const alreadyPending = () =>
  new ProblemError('extension_already_pending', {
    detail: 'Wait for the decision on the pending extension request',
  });

/** `POST /v1/deals/{id}/extension-requests`: the partner asks for more protection time. */
export async function requestExtension(
  db: Db,
  auth: PartnerAuth,
  dealId: string,
  reason: string,
  now: Date,
): Promise<ExtensionRequestRow> {
  const settings = await loadTenantSettings(db, auth.tenantId);
  try {
    return await db.transaction(async (tx) => {
      const deal = await lockOwnDeal(tx, auth, dealId);
      if (deal.status !== 'approved') {
        throw new ProblemError('invalid_transition', {
          detail: 'Only approved deals can be extended',
        });
      }
      if (deal.protectedUntil && deal.protectedUntil < now) {
        throw new ProblemError('invalid_transition', {
          detail: 'The protection has already ended; register the deal again',
        });
      }
      if (deal.extensionsUsed >= settings.maxExtensions) {
        throw new ProblemError('extension_limit_reached', {
          detail: `A deal can be extended at most ${settings.maxExtensions} times`,
        });
      }
      const [pending] = await tx
        .select({ id: extensionRequests.id })
        .from(extensionRequests)
        .where(and(eq(extensionRequests.dealId, deal.id), eq(extensionRequests.status, 'pending')));
      if (pending) throw alreadyPending();
      const [request] = await tx
        .insert(extensionRequests)
        .values({
          id: newId('ext'),
          tenantId: auth.tenantId,
          dealId: deal.id,
          status: 'pending',
          reason,
          createdAt: now,
        })
        .returning();
      if (!request) throw new Error('extension request insert returned nothing');
      await recordDealChange(tx, {
        tenantId: auth.tenantId,
        dealId: deal.id,
        type: 'extension_requested',
        fromStatus: deal.status,
        toStatus: deal.status,
        actor: 'partner',
        note: reason,
        at: now,
      });
      return request;
    });
  } catch (error) {
    if (isUniqueViolation(error, ['extension_requests_one_pending_uq'])) throw alreadyPending();
    throw error;
  }
}
