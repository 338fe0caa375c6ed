import { and, eq, lt, sql } from 'drizzle-orm';
import type { Db } from '../db/database.js';
import { deals } from '../deals/deals.table.js';
import { dealNotice } from '../deals/events.js';
import { expireLapsedDeals } from '../deals/expiry.js';
import { toDeal } from '../deals/serialize.js';
import { recordOutboxEvent } from '../outbox/record.js';
import { tenants } from '../tenants/tenants.table.js';
import { dealReminders } from './reminders.table.js';

/** Days before the end of protection that the `deal.reminder` goes out, unless the tenant says. */
export const DEFAULT_EXPIRY_REMINDER_DAYS = 7;

export interface ExpiryResult {
  expired: number;
  reminded: number;
}

/**
 * Releases approved deals whose protection has ended (`expired`, with its timeline event and
 * notification; registration does the same for the one customer it looks at) and sends one
 * reminder per protection end. Safe to run in several processes at once and again at any
 * time: the updates re-check each deal under its row lock.
 */
export async function runExpiry(db: Db, now: Date): Promise<ExpiryResult> {
  const lapsed = await db
    .selectDistinct({ tenantId: deals.tenantId })
    .from(deals)
    .where(and(eq(deals.status, 'approved'), lt(deals.protectedUntil, now)));
  let expired = 0;
  for (const { tenantId } of lapsed) {
    const ids = await db.transaction((tx) => expireLapsedDeals(tx, { tenantId, now }));
    expired += ids.length;
  }
  return { expired, reminded: await remind(db, now) };
}

async function remind(db: Db, now: Date): Promise<number> {
  const reminderDays = sql`coalesce((${tenants.settings} ->> 'expiryReminderDays')::int, ${DEFAULT_EXPIRY_REMINDER_DAYS})`;
  const due = await db
    .select({ id: deals.id, protectedUntil: deals.protectedUntil })
    .from(deals)
    .innerJoin(tenants, eq(tenants.id, deals.tenantId))
    .where(
      and(
        eq(deals.status, 'approved'),
        sql`${deals.protectedUntil} > ${now}`,
        sql`${deals.protectedUntil} <= ${now}::timestamptz + make_interval(days => ${reminderDays})`,
        sql`not exists (select 1 from ${dealReminders} r where r.deal_id = ${deals.id} and r.protected_until = ${deals.protectedUntil})`,
      ),
    );
  let count = 0;
  for (const candidate of due) {
    const sent = await db.transaction(async (tx) => {
      const [deal] = await tx
        .select()
        .from(deals)
        .where(eq(deals.id, candidate.id))
        .for('update', { skipLocked: true });
      if (!deal?.protectedUntil || deal.status !== 'approved') return false;
      if (deal.protectedUntil.getTime() !== candidate.protectedUntil?.getTime()) return false;
      const inserted = await tx
        .insert(dealReminders)
        .values({ dealId: deal.id, protectedUntil: deal.protectedUntil, sentAt: now })
        .onConflictDoNothing()
        .returning({ dealId: dealReminders.dealId });
      if (!inserted.length) return false;
      await recordOutboxEvent(
        tx,
        dealNotice({
          tenantId: deal.tenantId,
          type: 'deal.reminder',
          deal: toDeal(deal),
          event: null,
          at: now,
        }),
      );
      return true;
    });
    if (sent) count += 1;
  }
  return count;
}
