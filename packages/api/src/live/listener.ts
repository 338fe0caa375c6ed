import pg from 'pg';
import type { Database } from '../db/database.js';

export type NotificationHandler = (payload: string) => void;

/**
 * LISTEN for one process. On PostgreSQL a dedicated connection (a pooled one would drop its
 * LISTENs when returned) that reconnects by itself; on PGlite its own `listen()`, which only
 * hears the same process — all there is on an embedded database.
 */
export interface NotificationListener {
  listen(channel: string, handler: NotificationHandler): Promise<() => Promise<void>>;
  /** Called after a reconnect, when notifications may have been missed: catch up then. */
  onReconnect(handler: () => void): void;
  close(): Promise<void>;
}

export function createNotificationListener(database: Database): NotificationListener {
  return database.kind === 'pglite'
    ? pgliteListener(database.client)
    : postgresListener(database.client.options);
}

function pgliteListener(client: Extract<Database, { kind: 'pglite' }>['client']) {
  const unsubscribers = new Set<() => Promise<void>>();
  const listener: NotificationListener = {
    async listen(channel, handler) {
      const unlisten = await client.listen(channel, handler);
      unsubscribers.add(unlisten);
      return async () => {
        unsubscribers.delete(unlisten);
        if (!client.closed) await unlisten();
      };
    },
    onReconnect: () => undefined,
    async close() {
      const all = [...unsubscribers];
      unsubscribers.clear();
      if (!client.closed) await Promise.all(all.map((unlisten) => unlisten()));
    },
  };
  return listener;
}

function postgresListener(options: pg.PoolConfig): NotificationListener {
  const handlers = new Map<string, Set<NotificationHandler>>();
  const reconnectHandlers: (() => void)[] = [];
  let client: pg.Client | null = null;
  let connecting: Promise<pg.Client> | null = null;
  let closed = false;
  let retryTimer: NodeJS.Timeout | undefined;

  const quote = (channel: string) => `"${channel.replaceAll('"', '""')}"`;

  async function connect(): Promise<pg.Client> {
    const next = new pg.Client({ ...options, application_name: 'partnerkit-listener' });
    next.on('notification', (message) => {
      for (const handler of handlers.get(message.channel) ?? []) handler(message.payload ?? '');
    });
    next.on('error', () => lost(next));
    next.on('end', () => lost(next));
    await next.connect();
    for (const channel of handlers.keys()) await next.query(`LISTEN ${quote(channel)}`);
    return next;
  }

  function lost(which: pg.Client) {
    if (client !== which) return;
    client = null;
    if (!closed) scheduleReconnect();
  }

  function scheduleReconnect() {
    clearTimeout(retryTimer);
    retryTimer = setTimeout(() => {
      ensure()
        .then(() => reconnectHandlers.forEach((handler) => handler()))
        .catch(() => scheduleReconnect());
    }, 1000);
    retryTimer.unref();
  }

  async function ensure(): Promise<pg.Client> {
    if (client) return client;
    connecting ??= connect().finally(() => {
      connecting = null;
    });
    client = await connecting;
    return client;
  }

  return {
    async listen(channel, handler) {
      const isNew = !handlers.has(channel);
      const set = handlers.get(channel) ?? new Set();
      set.add(handler);
      handlers.set(channel, set);
      const connection = await ensure();
      if (isNew) await connection.query(`LISTEN ${quote(channel)}`);
      return async () => {
        set.delete(handler);
      };
    },
    onReconnect(handler) {
      reconnectHandlers.push(handler);
    },
    async close() {
      closed = true;
      clearTimeout(retryTimer);
      const connection = client;
      client = null;
      await connection?.end().catch(() => undefined);
    },
  };
}
