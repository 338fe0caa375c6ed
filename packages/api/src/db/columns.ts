import { timestamp } from 'drizzle-orm/pg-core';

/**
 * Rows that lists page through should get `createdAt` from the app's clock (`c.var.clock()`):
 * millisecond precision keeps cursors exact, and tests can move time. The default covers the rest.
 */
export function createdAt() {
  return timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow();
}
