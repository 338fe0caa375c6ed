import type {
  MdfAllocation,
  MdfAllocationListQuery,
  MdfRequest,
  MdfRequestDetail,
  MdfRequestListQuery,
  Page,
} from '@partnerkit/contracts';
import { and, asc, desc, eq, type SQL } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';
import type { Db, Tx } from '../db/database.js';
import type { Auth } from '../http/env.js';
import { afterCursor, toPage } from '../http/pagination.js';
import { ProblemError } from '../http/problem.js';
import { mdfAllocations } from './allocations.table.js';
import { mdfFunds } from './funds.table.js';
import { mdfClaims, mdfRequestEvents, mdfRequests } from './requests.table.js';
import {
  toMdfAllocation,
  toMdfClaim,
  toMdfRequest,
  toMdfRequestEvent,
  type RequestWithPeriod,
} from './serialize.js';

type Scoped = { tenantId: PgColumn; partnerId: PgColumn };

/**
 * A partner sees its own records, a secret key every record of its tenant (or of the partner
 * it asks for); nobody sees more.
 */
function visibleTo(table: Scoped, auth: Auth, partnerId?: string): SQL {
  return and(
    eq(table.tenantId, auth.tenantId),
    auth.kind === 'partner' ? eq(table.partnerId, auth.partnerId) : undefined,
    partnerId ? eq(table.partnerId, partnerId) : undefined,
  ) as SQL;
}

const notFound = () => new ProblemError('not_found', { detail: 'No such MDF request' });

/** Requests with the period of the fund they draw on. */
function selectRequests(db: Db | Tx) {
  return db
    .select({
      request: mdfRequests,
      period: { start: mdfFunds.periodStart, end: mdfFunds.periodEnd },
    })
    .from(mdfRequests)
    .innerJoin(mdfFunds, eq(mdfFunds.id, mdfRequests.fundId));
}

/** Another partner's or tenant's request is "not found", never "forbidden". */
export async function getVisibleRequest(
  db: Db,
  auth: Auth,
  id: string,
): Promise<RequestWithPeriod> {
  const [row] = await selectRequests(db).where(
    and(visibleTo(mdfRequests, auth), eq(mdfRequests.id, id)),
  );
  if (!row) throw notFound();
  return row;
}

/**
 * The request, locked until the transaction ends, so concurrent moves on it queue up. With
 * `partnerId` (a partner's own action), another partner's request is as unknown as a missing one.
 */
export async function lockRequest(
  tx: Tx,
  tenantId: string,
  id: string,
  partnerId?: string,
): Promise<RequestWithPeriod> {
  const [row] = await selectRequests(tx)
    .where(
      and(
        eq(mdfRequests.tenantId, tenantId),
        eq(mdfRequests.id, id),
        partnerId ? eq(mdfRequests.partnerId, partnerId) : undefined,
      ),
    )
    .for('update', { of: mdfRequests });
  if (!row) throw notFound();
  return row;
}

export async function listRequests(
  db: Db,
  auth: Auth,
  query: MdfRequestListQuery,
): Promise<Page<MdfRequest>> {
  const rows = await selectRequests(db)
    .where(
      and(
        visibleTo(mdfRequests, auth, query.partnerId),
        query.status ? eq(mdfRequests.status, query.status) : undefined,
        afterCursor({ createdAt: mdfRequests.createdAt, id: mdfRequests.id }, query.cursor),
      ),
    )
    .orderBy(desc(mdfRequests.createdAt), desc(mdfRequests.id))
    .limit(query.limit + 1);
  return toPage(
    rows.map((row) => ({ ...row, createdAt: row.request.createdAt, id: row.request.id })),
    query.limit,
    toMdfRequest,
  );
}

/** The request with its claims and its timeline, oldest first. */
export async function getRequestDetail(db: Db, auth: Auth, id: string): Promise<MdfRequestDetail> {
  const found = await getVisibleRequest(db, auth, id);
  const [claims, timeline] = await Promise.all([
    db
      .select()
      .from(mdfClaims)
      .where(eq(mdfClaims.requestId, id))
      .orderBy(asc(mdfClaims.createdAt), asc(mdfClaims.id)),
    db
      .select()
      .from(mdfRequestEvents)
      .where(eq(mdfRequestEvents.requestId, id))
      .orderBy(asc(mdfRequestEvents.seq)),
  ]);
  return {
    ...toMdfRequest(found),
    claims: claims.map(toMdfClaim),
    timeline: timeline.map(toMdfRequestEvent),
  };
}

export async function listAllocations(
  db: Db,
  auth: Auth,
  query: MdfAllocationListQuery,
): Promise<Page<MdfAllocation>> {
  const rows = await db
    .select()
    .from(mdfAllocations)
    .where(
      and(
        visibleTo(mdfAllocations, auth, query.partnerId),
        afterCursor({ createdAt: mdfAllocations.createdAt, id: mdfAllocations.id }, query.cursor),
      ),
    )
    .orderBy(desc(mdfAllocations.createdAt), desc(mdfAllocations.id))
    .limit(query.limit + 1);
  return toPage(rows, query.limit, toMdfAllocation);
}
