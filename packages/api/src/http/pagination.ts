import { and, eq, lt, or, type SQL } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';
import type { Page } from '@partnerkit/contracts';
import { ProblemError } from './problem.js';

/** Where the previous page ended; lists run newest first over `(createdAt, id)`. */
export interface Cursor {
  createdAt: Date;
  id: string;
}

export function encodeCursor(cursor: Cursor): string {
  return Buffer.from(JSON.stringify({ t: cursor.createdAt.toISOString(), id: cursor.id })).toString(
    'base64url',
  );
}

const badCursor = () =>
  new ProblemError('validation_failed', {
    detail: 'The cursor is not one this API returned',
    errors: [{ path: 'cursor', code: 'invalid_cursor', message: 'Unknown cursor' }],
  });

export function decodeCursor(value: string): Cursor {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(value, 'base64url').toString('utf8'));
  } catch {
    throw badCursor();
  }
  const { t, id } = (parsed ?? {}) as { t?: unknown; id?: unknown };
  const createdAt = typeof t === 'string' ? new Date(t) : undefined;
  if (!createdAt || Number.isNaN(createdAt.getTime()) || typeof id !== 'string' || !id) {
    throw badCursor();
  }
  return { createdAt, id };
}

/**
 * The keyset condition "strictly after this cursor" for a newest-first list ordered by
 * `createdAt DESC, id DESC`. Undefined without a cursor, so it can go straight into `and()`.
 */
export function afterCursor(
  columns: { createdAt: PgColumn; id: PgColumn },
  cursor: string | undefined,
): SQL | undefined {
  if (!cursor) return undefined;
  const { createdAt, id } = decodeCursor(cursor);
  return or(
    lt(columns.createdAt, createdAt),
    and(eq(columns.createdAt, createdAt), lt(columns.id, id)),
  );
}

/** Turns `limit + 1` fetched rows into a page: the extra row only says another page exists. */
export function toPage<Row extends Cursor, Item>(
  rows: Row[],
  limit: number,
  toItem: (row: Row) => Item,
): Page<Item> {
  const items = rows.slice(0, limit);
  const last = items.at(-1);
  return {
    items: items.map(toItem),
    nextCursor: rows.length > limit && last ? encodeCursor(last) : null,
  };
}
