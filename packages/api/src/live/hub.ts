import type { Database } from '../db/database.js';
import { LIVE_CHANNEL } from '../outbox/channels.js';
import { createNotificationListener, type NotificationListener } from './listener.js';

type Wake = () => void;

/**
 * Wakes a process's live streams when the dispatcher has made events of their partner
 * streamable, in any process. It only says "look again"; streams read the outbox themselves,
 * so a lost or duplicated NOTIFY costs nothing but latency. Connects on first use.
 */
export class LiveHub {
  readonly #database: Database;
  readonly #subscribers = new Map<string, Set<Wake>>();
  #listener: NotificationListener | null = null;
  #starting: Promise<void> | null = null;

  constructor(database: Database) {
    this.#database = database;
  }

  async subscribe(tenantId: string, partnerId: string, wake: Wake): Promise<() => void> {
    await this.#start();
    const key = `${tenantId}/${partnerId}`;
    const set = this.#subscribers.get(key) ?? new Set<Wake>();
    set.add(wake);
    this.#subscribers.set(key, set);
    return () => {
      set.delete(wake);
      if (!set.size) this.#subscribers.delete(key);
    };
  }

  async close(): Promise<void> {
    this.#subscribers.clear();
    await this.#starting?.catch(() => undefined);
    await this.#listener?.close();
    this.#listener = null;
    this.#starting = null;
  }

  #start(): Promise<void> {
    this.#starting ??= (async () => {
      const listener = createNotificationListener(this.#database);
      this.#listener = listener;
      listener.onReconnect(() => this.#wakeAll());
      await listener.listen(LIVE_CHANNEL, (payload) => this.#onNotification(payload));
    })();
    return this.#starting;
  }

  #onNotification(payload: string): void {
    let message: { tenantId?: unknown; partnerIds?: unknown };
    try {
      message = JSON.parse(payload) as typeof message;
    } catch {
      this.#wakeAll();
      return;
    }
    if (typeof message.tenantId !== 'string' || !Array.isArray(message.partnerIds)) return;
    for (const partnerId of message.partnerIds) {
      for (const wake of this.#subscribers.get(`${message.tenantId}/${String(partnerId)}`) ?? []) {
        wake();
      }
    }
  }

  #wakeAll(): void {
    for (const set of this.#subscribers.values()) for (const wake of set) wake();
  }
}
