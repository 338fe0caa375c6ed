import { and, asc, desc, eq, gt, isNotNull } from 'drizzle-orm';
import type { Db } from '../db/database.js';
import { outboxEvents, type OutboxEventRow } from '../outbox/outbox.table.js';

interface PartnerScope {
  tenantId: string;
  partnerId: string;
}

const ofPartner = (scope: PartnerScope) =>
  and(eq(outboxEvents.tenantId, scope.tenantId), eq(outboxEvents.partnerId, scope.partnerId));

export interface StreamStart {
  /** The `stream_seq` after which the stream goes on. */
  afterSeq: number;
  /** The partner's newest event, when the stream starts there. */
  newestId: string | null;
  /** A `Last-Event-ID` was sent and is not one of this partner's events (any more). */
  lost: boolean;
}

/**
 * Where a stream starts: after the `Last-Event-ID` when it names one of this partner's
 * events, else after the partner's newest event (only what happens from now on).
 */
export async function streamStart(
  db: Db,
  scope: PartnerScope,
  lastEventId: string | undefined,
): Promise<StreamStart> {
  if (lastEventId) {
    const [row] = await db
      .select({ streamSeq: outboxEvents.streamSeq })
      .from(outboxEvents)
      .where(and(ofPartner(scope), eq(outboxEvents.id, lastEventId)));
    if (row?.streamSeq != null) return { afterSeq: row.streamSeq, newestId: null, lost: false };
  }
  const [newest] = await db
    .select({ id: outboxEvents.id, streamSeq: outboxEvents.streamSeq })
    .from(outboxEvents)
    .where(and(ofPartner(scope), isNotNull(outboxEvents.streamSeq)))
    .orderBy(desc(outboxEvents.streamSeq))
    .limit(1);
  return {
    afterSeq: newest?.streamSeq ?? 0,
    newestId: newest?.id ?? null,
    lost: lastEventId !== undefined,
  };
}

export async function eventsAfter(
  db: Db,
  scope: PartnerScope,
  afterSeq: number,
  limit: number,
): Promise<OutboxEventRow[]> {
  return db
    .select()
    .from(outboxEvents)
    .where(and(ofPartner(scope), gt(outboxEvents.streamSeq, afterSeq)))
    .orderBy(asc(outboxEvents.streamSeq))
    .limit(limit);
}
