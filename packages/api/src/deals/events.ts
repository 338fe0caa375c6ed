import type {
  Deal,
  DealEvent,
  DealEventType,
  DealNotificationType,
  DealStatus,
} from '@partnerkit/contracts';
import { eq, sql, type SQLWrapper } from 'drizzle-orm';
import type { Db, Tx } from '../db/database.js';
import { newId } from '../db/ids.js';
import { outboxEvents } from '../outbox/outbox.table.js';
import { outboxRow, type OutboxEventInput } from '../outbox/record.js';
import type { Actor } from './deal-events.table.js';
import { dealEvents } from './deal-events.table.js';
import { deals, type DealRow } from './deals.table.js';
import { toDeal } from './serialize.js';

/** A deal notification as the outbox takes it: about the deal, for its partner. */
export function dealNotice(input: {
  tenantId: string;
  type: DealNotificationType;
  deal: Deal;
  event: DealEvent | null;
  at: Date;
}): OutboxEventInput {
  return {
    tenantId: input.tenantId,
    partnerId: input.deal.partnerId,
    subject: { dealId: input.deal.id },
    type: input.type,
    data: { deal: input.deal, event: input.event },
    at: input.at,
  };
}

/** The outbox row of a deal notification. */
export function dealOutboxRow(input: Parameters<typeof dealNotice>[0]) {
  return { ...outboxRow(dealNotice(input)), dealId: input.deal.id };
}

export interface DealChange {
  tenantId: string;
  dealId: string;
  type: DealEventType;
  fromStatus: DealStatus | null;
  toStatus: DealStatus | null;
  actor: Actor;
  note?: string | null;
  at: Date;
}

/** A change of a deal whose row, as this transaction leaves it, the caller already holds. */
export type DealChangeOf = Omit<DealChange, 'tenantId' | 'dealId'> & { deal: DealRow };

/**
 * The one way deal state changes are recorded: always inside the transaction that made them,
 * so neither the timeline nor the outbox (webhooks, live updates) disagrees with the deal. One
 * statement writes every timeline row and its outbox row; the rows go in the order given, so
 * the timeline's `seq` and the outbox's dispatch order follow it. Each notification carries the
 * deal as given, so pass the row as it will commit. `alongside`, a data-modifying statement such
 * as the insert of the deal itself, runs in the same statement, saving its round trip; the
 * foreign keys are checked at the end of the statement, so it may create the deal.
 */
export async function recordDealChanges(
  tx: Tx,
  changes: readonly DealChangeOf[],
  alongside?: SQLWrapper,
): Promise<DealEvent[]> {
  const events: DealEvent[] = [];
  for (let start = 0; start < changes.length; start += CHANGES_PER_STATEMENT) {
    const chunk = changes.slice(start, start + CHANGES_PER_STATEMENT);
    events.push(...(await insertChanges(tx, chunk, start === 0 ? alongside : undefined)));
  }
  return events;
}

/** PostgreSQL takes at most 65,535 parameters per statement; a change uses 16. */
const CHANGES_PER_STATEMENT = 1000;

/** The rows one statement writes for some changes: the timeline's and the outbox's. */
export function rowsOfChanges(changes: readonly DealChangeOf[]) {
  const events = changes.map((change): DealEvent => ({
    id: newId('dev'),
    dealId: change.deal.id,
    type: change.type,
    fromStatus: change.fromStatus,
    toStatus: change.toStatus,
    actor: change.actor,
    note: change.note ?? null,
    createdAt: change.at.toISOString(),
  }));
  const timeline = changes.map((change, i) => ({
    ...events[i]!,
    tenantId: change.deal.tenantId,
    createdAt: change.at,
  }));
  // A deal's changes usually carry the same row (a registration's two): serialise it once.
  const serialized = new Map<DealRow, ReturnType<typeof toDeal>>();
  const dealOf = (row: DealRow) => {
    let deal = serialized.get(row);
    if (!deal) {
      deal = toDeal(row);
      serialized.set(row, deal);
    }
    return deal;
  };
  const outbox = changes.map((change, i) =>
    dealOutboxRow({
      tenantId: change.deal.tenantId,
      type: `deal.${change.type}`,
      deal: dealOf(change.deal),
      event: events[i]!,
      at: change.at,
    }),
  );
  return { events, timeline, outbox };
}

async function insertChanges(
  tx: Db,
  changes: readonly DealChangeOf[],
  alongside: SQLWrapper | undefined,
): Promise<DealEvent[]> {
  const { events, timeline, outbox } = rowsOfChanges(changes);
  const first = alongside ? sql`change as (${alongside.getSQL()}), ` : sql``;
  await tx.execute(
    sql`with ${first}timeline as (${tx.insert(dealEvents).values(timeline).getSQL()}) ${tx
      .insert(outboxEvents)
      .values(outbox)
      .getSQL()}`,
  );
  return events;
}

/** `recordDealChanges` for a caller that does not hold the deal's row: reads it first. */
export async function recordDealChange(tx: Tx, change: DealChange): Promise<DealEvent> {
  const [deal] = await tx.select().from(deals).where(eq(deals.id, change.dealId));
  if (!deal) throw new Error(`deal ${change.dealId} is gone`);
  const { tenantId: _tenantId, dealId: _dealId, ...rest } = change;
  const [event] = await recordDealChanges(tx, [{ ...rest, deal }]);
  return event!;
}
