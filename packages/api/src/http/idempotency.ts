import { createHash } from 'node:crypto';
import { and, eq, isNull, lt } from 'drizzle-orm';
import type { Context, MiddlewareHandler } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { Db } from '../db/database.js';
import type { Auth, AppEnv } from './env.js';
import { idempotencyKeys } from './idempotency.table.js';
import { ProblemError } from './problem.js';

export const IDEMPOTENCY_HEADER = 'Idempotency-Key';
export const REPLAYED_HEADER = 'Idempotent-Replayed';
/** How long a key is remembered: retries come within minutes; a day covers a night's outage. */
export const IDEMPOTENCY_KEY_HOURS = 24;

export interface IdempotencyOptions<E extends AppEnv = AppEnv> {
  /** After this long an unfinished first request counts as crashed and the key is free again. */
  abandonAfterMs?: number;
  /**
   * What tells a retry from a different request, besides the method and path; the body's text
   * by default. A multipart body has a new boundary on every retry and holds bytes that are not
   * text, so an upload passes what it read from the body instead.
   */
  fingerprint?: (c: Context<E>) => string | Promise<string>;
}

function principalOf(auth: Auth): string {
  return auth.kind === 'partner' ? `user:${auth.userId}` : auth.kind;
}

function requestHash(c: Context, fingerprint: string): string {
  return createHash('sha256').update(`${c.req.method} ${c.req.path}\n${fingerprint}`).digest('hex');
}

function readKey(c: Context): string | undefined {
  const key = c.req.header(IDEMPOTENCY_HEADER);
  if (key === undefined) return undefined;
  if (!/^[\x21-\x7e]{1,255}$/.test(key)) {
    throw new ProblemError('validation_failed', {
      errors: [
        {
          path: IDEMPOTENCY_HEADER,
          code: 'invalid_format',
          message: 'Use 1 to 255 visible ASCII characters, e.g. a UUID',
        },
      ],
    });
  }
  return key;
}

/**
 * For creating POSTs, after authentication. Without an `Idempotency-Key` header the request
 * runs as usual. With one, the first successful (2xx) response is stored and a retry with the
 * same key and body gets it back with `Idempotent-Replayed: true`; failures are not stored, so
 * a retry runs again. The row's primary key decides races between concurrent duplicates.
 */
export function idempotency<E extends AppEnv = AppEnv>(
  options: IdempotencyOptions<E> = {},
): MiddlewareHandler<E> {
  const abandonAfterMs = options.abandonAfterMs ?? 60_000;
  const fingerprint = options.fingerprint ?? ((c: Context<E>) => c.req.text());
  return async function idempotency(c, next) {
    const key = readKey(c);
    if (key === undefined) return next();
    const { db } = c.var.database;
    const scope = { tenantId: c.var.auth.tenantId, principal: principalOf(c.var.auth), key };
    const where = and(
      eq(idempotencyKeys.tenantId, scope.tenantId),
      eq(idempotencyKeys.principal, scope.principal),
      eq(idempotencyKeys.key, scope.key),
    );
    const hash = requestHash(c, await fingerprint(c));
    const now = c.var.clock();

    await db
      .delete(idempotencyKeys)
      .where(
        and(
          where,
          isNull(idempotencyKeys.status),
          lt(idempotencyKeys.createdAt, new Date(now.getTime() - abandonAfterMs)),
        ),
      );
    const claimed = await db
      .insert(idempotencyKeys)
      .values({ ...scope, requestHash: hash, createdAt: now })
      .onConflictDoNothing()
      .returning({ key: idempotencyKeys.key });

    if (claimed.length === 0) {
      const [first] = await db.select().from(idempotencyKeys).where(where);
      if (!first) throw new ProblemError('idempotency_key_in_use');
      if (first.requestHash !== hash) throw new ProblemError('idempotency_key_reused');
      if (first.status === null) throw new ProblemError('idempotency_key_in_use');
      c.header(REPLAYED_HEADER, 'true');
      return c.json(first.responseBody, first.status as ContentfulStatusCode);
    }

    try {
      await next();
    } finally {
      const ok = c.res.status >= 200 && c.res.status < 300 && !c.error;
      if (ok) {
        const body: unknown = await c.res
          .clone()
          .json()
          .catch(() => null);
        await db
          .update(idempotencyKeys)
          .set({ status: c.res.status, responseBody: body, completedAt: c.var.clock() })
          .where(where);
      } else {
        await db.delete(idempotencyKeys).where(where);
      }
    }
  };
}

/**
 * Forgets keys whose first request finished more than `IDEMPOTENCY_KEY_HOURS` before `now`, so
 * that the stored responses (a whole deal each) do not pile up: after that the same key runs as a
 * new request. Run by the hourly retention job; returns how many it deleted.
 */
export async function pruneIdempotencyKeys(db: Db, now: Date): Promise<number> {
  const deleted = await db
    .delete(idempotencyKeys)
    .where(
      lt(idempotencyKeys.completedAt, new Date(now.getTime() - IDEMPOTENCY_KEY_HOURS * 3_600_000)),
    )
    .returning({ key: idempotencyKeys.key });
  return deleted.length;
}
