import { pgTable, primaryKey, text, timestamp } from 'drizzle-orm/pg-core';
import { deals } from '../deals/deals.table.js';

/**
 * Reminders sent, per deal and protection end: an extension moves `protectedUntil`, which
 * makes room for one more reminder before the new end.
 */
export const dealReminders = pgTable(
  'deal_reminders',
  {
    dealId: text('deal_id')
      .notNull()
      .references(() => deals.id, { onDelete: 'cascade' }),
    protectedUntil: timestamp('protected_until', { withTimezone: true }).notNull(),
    sentAt: timestamp('sent_at', { withTimezone: true }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.dealId, t.protectedUntil] })],
);
