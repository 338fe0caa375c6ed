import { eq } from 'drizzle-orm';
import type { Db } from '../db/database.js';
import type { PartnerAuth } from '../http/env.js';
import { ProblemError } from '../http/problem.js';
import { deals, type DealRow } from './deals.table.js';
import { recordDealChange } from './events.js';
import { reason } from './rules.js';
import { lockOwnDeal } from './transitions.js';

/**
 * `POST /v1/deals/{id}/info-responses`: the partner answers a channel manager's request for
 * information, and the deal goes back to review. The answer is the timeline entry's note, where
 * the manager reads it and the `deal.info_provided` webhook carries it.
 */
export async function answerInfoRequest(
  db: Db,
  auth: PartnerAuth,
  dealId: string,
  answer: string,
  now: Date,
): Promise<DealRow> {
  return db.transaction(async (tx) => {
    const deal = await lockOwnDeal(tx, auth, dealId);
    if (deal.status !== 'needs_info') {
      throw new ProblemError('invalid_transition', {
        detail: 'Only a deal the channel manager asked about (needs info) takes an answer',
      });
    }
    const [updated] = await tx
      .update(deals)
      .set({ status: 'pending_review', reasons: [reason('info_provided')], updatedAt: now })
      .where(eq(deals.id, deal.id))
      .returning();
    if (!updated) throw new Error('deal update returned nothing');
    await recordDealChange(tx, {
      tenantId: auth.tenantId,
      dealId: deal.id,
      type: 'info_provided',
      fromStatus: deal.status,
      toStatus: updated.status,
      actor: 'partner',
      note: answer,
      at: now,
    });
    return updated;
  });
}
