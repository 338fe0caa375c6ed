import { timestamp } from 'drizzle-orm/pg-core';

/** Timestamps are written by the app from its clock, so tests can move time. */
export function createdAt() {
  return timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow();
}
