import type { MdfRequestEvent, MdfRequestEventType, MdfRequestStatus } from '@partnerkit/contracts';
import { sql, type SQLWrapper } from 'drizzle-orm';
import type { Tx } from '../db/database.js';
import type { Actor } from '../deals/deal-events.table.js';
import { newId } from '../db/ids.js';
import { outboxEvents } from '../outbox/outbox.table.js';
import { outboxRow } from '../outbox/record.js';
import { mdfRequestEvents } from './requests.table.js';
import { toMdfRequest, toMdfRequestEvent, type RequestWithPeriod } from './serialize.js';

export interface MdfRequestChange {
  /** The request as this transaction leaves it, with its period. */
  request: RequestWithPeriod;
  type: MdfRequestEventType;
  fromStatus: MdfRequestStatus | null;
  actor: Actor;
  note?: string | null;
  /** The money of this step, in the request's currency. */
  amount: number | null;
  at: Date;
}

/**
 * The one way MDF request changes are recorded, inside the transaction that made them: the
 * timeline entry and its notification (`mdf_request.<type>`, for webhooks and the partner's
 * live stream) in one statement, so neither disagrees with the request.
 */
export async function recordMdfRequestChange(
  tx: Tx,
  change: MdfRequestChange,
): Promise<MdfRequestEvent> {
  const { request } = change.request;
  const timeline = {
    id: newId('mdfe'),
    tenantId: request.tenantId,
    requestId: request.id,
    type: change.type,
    fromStatus: change.fromStatus,
    toStatus: request.status,
    actor: change.actor,
    note: change.note ?? null,
    amountValue: change.amount,
    currency: request.currency,
    createdAt: change.at,
    seq: 0,
  };
  const event = toMdfRequestEvent(timeline);
  const { seq: _seq, ...row } = timeline;
  await tx.execute(
    sqlWith(
      tx.insert(mdfRequestEvents).values(row),
      tx.insert(outboxEvents).values(
        outboxRow({
          tenantId: request.tenantId,
          partnerId: request.partnerId,
          subject: { mdfRequestId: request.id },
          type: `mdf_request.${change.type}`,
          data: { request: toMdfRequest(change.request), event },
          at: change.at,
        }),
      ),
    ),
  );
  return event;
}

/** `with first as (<first>) <second>`: two writes in one round trip. */
function sqlWith(first: SQLWrapper, second: SQLWrapper) {
  return sql`with first as (${first.getSQL()}) ${second.getSQL()}`;
}
