import {
  LIVE_EVENT_NAMES,
  LIVE_TOKEN_QUERY_PARAMETER,
  liveEventNameOf,
} from '@partnerkit/contracts';
import { Hono } from 'hono';
import { streamSSE } from 'hono/streaming';
import { requirePartnerSessionFromHeaderOrQuery } from '../auth/middleware.js';
import { describeEndpoint } from '../http/describe.js';
import type { AppEnv } from '../http/env.js';
import { toNotification } from '../outbox/record.js';
import type { LiveHub } from './hub.js';
import { eventsAfter, streamStart } from './stream-queries.js';

export interface LiveRoutesOptions {
  /** A comment line this often keeps proxies from closing an idle stream (default 15 s). */
  heartbeatMs?: number;
}

const PAGE = 100;

export function liveRoutes(hub: LiveHub, options: LiveRoutesOptions = {}) {
  const heartbeatMs = options.heartbeatMs ?? 15_000;
  return new Hono<AppEnv>().get(
    '/',
    describeEndpoint({
      tags: ['Live updates'],
      summary: "Stream the partner's deal and MDF changes (server-sent events)",
      description:
        '`text/event-stream` of the session partner’s own notifications: `event: ' +
        `${LIVE_EVENT_NAMES.dealUpdated}\` (or \`${LIVE_EVENT_NAMES.dealReminder}\`) with a JSON ` +
        `\`DealNotification\` as \`data:\`, \`event: ${LIVE_EVENT_NAMES.mdfRequestUpdated}\` with an ` +
        '`MdfRequestNotification`; `id:` the event id. A comment line every 15 s keeps it ' +
        'open. Reconnect with `Last-Event-ID` to get what was missed; when the API no longer ' +
        `keeps that event, the stream starts with \`event: ${LIVE_EVENT_NAMES.resync}\` and ` +
        'what is shown must be read again. EventSource cannot send ' +
        `headers: pass the session token as \`?${LIVE_TOKEN_QUERY_PARAMETER}=\` instead.`,
      security: 'partner',
      responses: { 200: { description: 'The event stream' } },
      errors: [401, 403],
    }),
    requirePartnerSessionFromHeaderOrQuery(LIVE_TOKEN_QUERY_PARAMETER),
    async (c) => {
      const { db } = c.var.database;
      const scope = { tenantId: c.var.auth.tenantId, partnerId: c.var.auth.partnerId };
      const lastEventId = c.req.header('Last-Event-ID') || c.req.query('lastEventId') || undefined;
      const start = await streamStart(db, scope, lastEventId);
      let cursor = start.afterSeq;

      return streamSSE(c, async (stream) => {
        let pending = true;
        let draining: Promise<void> | null = null;
        const drain = (): Promise<void> => {
          pending = true;
          draining ??= (async () => {
            while (pending && !stream.aborted) {
              pending = false;
              for (;;) {
                const rows = await eventsAfter(db, scope, cursor, PAGE);
                for (const row of rows) {
                  await stream.writeSSE({
                    id: row.id,
                    event: liveEventNameOf(row.type),
                    data: JSON.stringify(toNotification(row)),
                  });
                  cursor = row.streamSeq ?? cursor;
                }
                if (rows.length < PAGE) break;
              }
            }
          })().finally(() => {
            draining = null;
          });
          return draining;
        };

        const unsubscribe = await hub.subscribe(scope.tenantId, scope.partnerId, () => {
          void drain().catch(() => stream.abort());
        });
        const heartbeat = setInterval(() => void stream.write(': heartbeat\n\n'), heartbeatMs);
        const closed = new Promise<void>((resolve) => stream.onAbort(resolve));
        try {
          await stream.write(': connected\n\n');
          if (start.lost) {
            await stream.writeSSE({
              event: LIVE_EVENT_NAMES.resync,
              data: '{}',
              ...(start.newestId && { id: start.newestId }),
            });
          }
          await drain();
          await closed;
        } finally {
          clearInterval(heartbeat);
          unsubscribe();
        }
      });
    },
  );
}
