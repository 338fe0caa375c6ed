import type { DealEvent, DealEventType, DealStatus } from '@partnerkit/contracts';
import {
  eq,
  getTableColumns,
  Param,
  sql,
  type SQL,
  type SQLWrapper,
  type Table,
} from 'drizzle-orm';
import type { Db, Tx } from '../db/database.js';
import { newId } from '../db/ids.js';
import { preparedPerDatabase } from '../db/prepared.js';
import { outboxEvents } from '../outbox/outbox.table.js';
import { outboxRow } from '../outbox/record.js';
import type { Actor } from './deal-events.table.js';
import { dealEvents } from './deal-events.table.js';
import { deals, type DealRow } from './deals.table.js';
import { toDeal } from './serialize.js';

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
function rowsOfChanges(changes: readonly DealChangeOf[]) {
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
  const outbox = changes.map((change, i) =>
    outboxRow({
      tenantId: change.deal.tenantId,
      type: `deal.${change.type}`,
      deal: toDeal(change.deal),
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

type TimelineRow = ReturnType<typeof rowsOfChanges>['timeline'][number];
type OutboxRow = ReturnType<typeof rowsOfChanges>['outbox'][number];

const DEAL_KEYS = Object.keys(getTableColumns(deals)) as (keyof DealRow)[];
const TIMELINE_KEYS = [
  'id',
  'tenantId',
  'dealId',
  'type',
  'fromStatus',
  'toStatus',
  'actor',
  'note',
  'createdAt',
] as const satisfies readonly (keyof TimelineRow)[];
const OUTBOX_KEYS = [
  'id',
  'tenantId',
  'partnerId',
  'dealId',
  'type',
  'payload',
  'createdAt',
] as const satisfies readonly (keyof OutboxRow)[];

/**
 * A row of placeholders named `${prefix}${column}`, the shape of a prepared insert's row. Each
 * value goes through its column's encoding as in an unprepared insert, and a null stays SQL NULL
 * (drizzle would hand a null placeholder value to the encoding, which dates and JSON reject).
 */
function placeholderRow<K extends string>(table: Table, prefix: string, keys: readonly K[]) {
  const columns = getTableColumns(table);
  return Object.fromEntries(
    keys.map((key) => {
      const column = columns[key]!;
      const encoder = {
        mapToDriverValue: (value: unknown) =>
          value === null ? null : column.mapToDriverValue(value),
      };
      return [key, sql`${new Param(sql.placeholder(prefix + key), encoder)}`];
    }),
  ) as Record<K, SQL>;
}

/** The values of `placeholderRow(prefix, keys)` for a row. */
function placeholderValues<K extends string>(
  values: Record<string, unknown>,
  prefix: string,
  keys: readonly K[],
  row: Record<K, unknown>,
) {
  for (const key of keys) values[prefix + key] = row[key];
}

/**
 * The insert of a new deal with its first changes, prepared once per number of changes: drizzle
 * renders the statement once instead of for every registration (a fifth of the API's CPU per
 * registration went into rendering it), and the database plans it once per connection.
 */
const newDealStatements = preparedPerDatabase((db: Db) => {
  const statements = new Map<number, ReturnType<typeof prepareNewDeal>>();
  return (changeCount: number) => {
    let statement = statements.get(changeCount);
    if (!statement) {
      statement = prepareNewDeal(db, changeCount);
      statements.set(changeCount, statement);
    }
    return statement;
  };
});

function prepareNewDeal(db: Db, changeCount: number) {
  const each = <T>(row: (i: number) => T) => Array.from({ length: changeCount }, (_, i) => row(i));
  const change = db
    .$with('change')
    .as(db.insert(deals).values(placeholderRow(deals, 'd_', DEAL_KEYS)));
  const timeline = db
    .$with('timeline')
    .as(
      db
        .insert(dealEvents)
        .values(each((i) => placeholderRow(dealEvents, `e${i}_`, TIMELINE_KEYS))),
    );
  return db
    .with(change, timeline)
    .insert(outboxEvents)
    .values(each((i) => placeholderRow(outboxEvents, `o${i}_`, OUTBOX_KEYS)))
    .prepare(`new_deal_${changeCount}`);
}

/**
 * Stores a new deal with its first changes (`deal` as it will commit, each change of it) in one
 * prepared statement, which PostgreSQL runs as a transaction of its own: no BEGIN and COMMIT
 * round trips. For a writer that needs nothing else atomic with the deal.
 */
export async function recordNewDeal(
  db: Db,
  deal: DealRow,
  changes: readonly DealChangeOf[],
): Promise<DealEvent[]> {
  const { events, timeline, outbox } = rowsOfChanges(changes);
  const values: Record<string, unknown> = {};
  placeholderValues(values, 'd_', DEAL_KEYS, deal);
  timeline.forEach((row, i) => placeholderValues(values, `e${i}_`, TIMELINE_KEYS, row));
  outbox.forEach((row, i) => placeholderValues(values, `o${i}_`, OUTBOX_KEYS, row));
  await newDealStatements(db)(changes.length).execute(values);
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
