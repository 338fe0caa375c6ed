import type { Deal, DealEvent, DealListQuery, Page, PageQuery } from '@partnerkit/contracts';
import { and, asc, desc, eq, gt, type SQL } from 'drizzle-orm';
import type { Db } from '../db/database.js';
import type { Auth } from '../http/env.js';
import { afterCursor, toPage } from '../http/pagination.js';
import { ProblemError } from '../http/problem.js';
import { dealEvents } from './deal-events.table.js';
import { deals, type DealRow } from './deals.table.js';
import { toDeal, toDealEvent } from './serialize.js';

/** A partner sees its own deals, a secret key every deal of its tenant; nobody sees more. */
function visibleTo(auth: Auth): SQL {
  const tenant = eq(deals.tenantId, auth.tenantId);
  return auth.kind === 'partner'
    ? (and(tenant, eq(deals.partnerId, auth.partnerId)) as SQL)
    : tenant;
}

/** Another partner's or tenant's deal is "not found", never "forbidden": existence must not leak. */
export async function getVisibleDeal(db: Db, auth: Auth, id: string): Promise<DealRow> {
  const [deal] = await db
    .select()
    .from(deals)
    .where(and(visibleTo(auth), eq(deals.id, id)));
  if (!deal) throw new ProblemError('not_found', { detail: 'No such deal' });
  return deal;
}

export async function listDeals(db: Db, auth: Auth, query: DealListQuery): Promise<Page<Deal>> {
  const rows = await db
    .select()
    .from(deals)
    .where(
      and(
        visibleTo(auth),
        query.status ? eq(deals.status, query.status) : undefined,
        afterCursor({ createdAt: deals.createdAt, id: deals.id }, query.cursor),
      ),
    )
    .orderBy(desc(deals.createdAt), desc(deals.id))
    .limit(query.limit + 1);
  return toPage(rows, query.limit, toDeal);
}

function encodeSeq(seq: number): string {
  return Buffer.from(JSON.stringify({ s: seq })).toString('base64url');
}

function decodeSeq(cursor: string): number {
  try {
    const { s } = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as { s?: unknown };
    if (typeof s === 'number' && Number.isSafeInteger(s)) return s;
  } catch {
    // falls through to the problem below
  }
  throw new ProblemError('validation_failed', {
    errors: [{ path: 'cursor', code: 'invalid_cursor', message: 'Unknown cursor' }],
  });
}

/** The timeline, oldest first, as the partner reads a story. */
export async function listDealEvents(
  db: Db,
  auth: Auth,
  dealId: string,
  query: PageQuery,
): Promise<Page<DealEvent>> {
  const deal = await getVisibleDeal(db, auth, dealId);
  const rows = await db
    .select()
    .from(dealEvents)
    .where(
      and(
        eq(dealEvents.tenantId, deal.tenantId),
        eq(dealEvents.dealId, deal.id),
        query.cursor ? gt(dealEvents.seq, decodeSeq(query.cursor)) : undefined,
      ),
    )
    .orderBy(asc(dealEvents.seq))
    .limit(query.limit + 1);
  const items = rows.slice(0, query.limit);
  const last = items.at(-1);
  return {
    items: items.map(toDealEvent),
    nextCursor: rows.length > query.limit && last ? encodeSeq(last.seq) : null,
  };
}
