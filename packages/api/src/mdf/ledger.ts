import { MDF_BUCKET_OF_STATUS, type MdfBucket, type MdfRequestStatus } from '@partnerkit/contracts';
import { and, sql, type SQL } from 'drizzle-orm';
import type { Tx } from '../db/database.js';
import { newId } from '../db/ids.js';
import { mdfFunds, type MdfFundRow } from './funds.table.js';
import { mdfLedgerEntries, type LedgerBucket, type LedgerKind } from './ledger.table.js';
import type { MdfRequestRow } from './requests.table.js';

/** One line of the ledger before it is written: what moves, from or into which figure. */
export interface Movement {
  kind: LedgerKind;
  bucket: LedgerBucket;
  /** Signed minor units. */
  amount: number;
}

/** What a ledger entry explains. */
export type LedgerSubject = { allocationId: string } | { requestId: string };

/** Where a request's money sits: a bucket and the amount it counts there at. */
export interface Place {
  bucket: MdfBucket;
  amount: number;
}

const AMOUNT_COLUMN = {
  amount: 'amountValue',
  approvedAmount: 'approvedValue',
  reimbursableAmount: 'reimbursableValue',
  paidAmount: 'paidValue',
} as const;

/** Where a request in `status` counts (`MDF_BUCKET_OF_STATUS`), with the row's amounts. */
export function placeOf(
  status: MdfRequestStatus,
  row: Pick<MdfRequestRow, (typeof AMOUNT_COLUMN)[keyof typeof AMOUNT_COLUMN]>,
): Place | null {
  const counted = MDF_BUCKET_OF_STATUS[status];
  if (!counted) return null;
  const amount = row[AMOUNT_COLUMN[counted.at]];
  if (amount === null) throw new Error(`a ${status} request has no ${counted.at}`);
  return { bucket: counted.bucket, amount };
}

/** The kind of an entry that moves money into a bucket. */
const KIND_INTO: Record<MdfBucket, LedgerKind> = {
  pending: 'commitment',
  committed: 'commitment',
  claimed: 'claim',
  paid: 'payment',
};

/**
 * The entries that move a request's money from where it counted to where it counts now: what
 * carries over moves (out of one bucket, into the other), what the new place needs less is
 * released, what it needs more is held anew. No entries when nothing moves.
 */
export function movementsBetween(from: Place | null, to: Place | null): Movement[] {
  if (!from && !to) return [];
  if (!from) return [{ kind: KIND_INTO[to!.bucket], bucket: to!.bucket, amount: to!.amount }];
  if (!to) return [{ kind: 'release', bucket: from.bucket, amount: -from.amount }];
  const movements: Movement[] = [];
  const carried = Math.min(from.amount, to.amount);
  if (from.bucket !== to.bucket) {
    const kind = KIND_INTO[to.bucket];
    movements.push(
      { kind, bucket: from.bucket, amount: -carried },
      { kind, bucket: to.bucket, amount: carried },
    );
  }
  if (from.amount > to.amount) {
    movements.push({ kind: 'release', bucket: from.bucket, amount: to.amount - from.amount });
  } else if (to.amount > from.amount) {
    movements.push({ kind: 'commitment', bucket: to.bucket, amount: to.amount - from.amount });
  }
  return movements;
}

const BUCKETS: readonly LedgerBucket[] = ['allocated', 'pending', 'committed', 'claimed', 'paid'];

function deltasOf(movements: readonly Movement[]): Record<LedgerBucket, number> {
  const deltas = { allocated: 0, pending: 0, committed: 0, claimed: 0, paid: 0 };
  for (const movement of movements) deltas[movement.bucket] += movement.amount;
  return deltas;
}

/**
 * Applies movements to the one fund `where` selects, if it stays covered: a single
 * `UPDATE … WHERE <available after the change> >= 0 RETURNING`. PostgreSQL locks the row, and a
 * concurrent update waits and then evaluates the condition against what the first one left,
 * so no interleaving can overspend; `mdf_funds_not_overspent_check` backs it up. Returns the
 * fund as changed, or `null` when no fund matched or it would not cover the change. The
 * caller writes the entries (`writeEntries`) in the same transaction.
 */
export async function moveFunds(
  tx: Tx,
  where: SQL,
  movements: readonly Movement[],
  at: Date,
): Promise<MdfFundRow | null> {
  const deltas = deltasOf(movements);
  const set: Partial<Record<LedgerBucket, SQL>> = {};
  for (const bucket of BUCKETS) {
    if (deltas[bucket] !== 0) set[bucket] = sql`${mdfFunds[bucket]} + ${deltas[bucket]}`;
  }
  const after = (bucket: LedgerBucket) => sql`(${mdfFunds[bucket]} + ${deltas[bucket]})`;
  const [fund] = await tx
    .update(mdfFunds)
    .set({ ...set, updatedAt: at })
    .where(
      and(
        where,
        sql`${after('allocated')} - ${after('pending')} - ${after('committed')} - ${after('claimed')} - ${after('paid')} >= 0`,
      ),
    )
    .returning();
  return fund ?? null;
}

/** The ledger lines of movements applied to `fund`, each naming what it explains. */
export async function writeEntries(
  tx: Tx,
  fund: Pick<MdfFundRow, 'id' | 'tenantId'>,
  subject: LedgerSubject,
  movements: readonly Movement[],
  at: Date,
): Promise<void> {
  const lines = movements.filter((movement) => movement.amount !== 0);
  if (!lines.length) return;
  await tx.insert(mdfLedgerEntries).values(
    lines.map((movement) => ({
      id: newId('mdfl'),
      tenantId: fund.tenantId,
      fundId: fund.id,
      ...subject,
      ...movement,
      createdAt: at,
    })),
  );
}

/** What a fund has left. */
export function availableOf(fund: MdfFundRow): number {
  return fund.allocated - fund.pending - fund.committed - fund.claimed - fund.paid;
}
