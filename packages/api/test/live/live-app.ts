import { afterAll, beforeAll, expect } from 'vitest';
import { createApp, type App } from '../../src/app.js';
import { quietLogger } from '../../src/http/logger.js';
import { startWorkers, type WorkerOptions, type Workers } from '../../src/jobs/workers.js';
import { LiveHub } from '../../src/live/hub.js';
import type { BackendContext } from '../support/index.js';
import { readSse, type SseReader } from './sse-reader.js';

export interface LiveApp {
  /** The app with a live hub; valid inside tests. */
  readonly app: App;
  readonly workers: Workers;
  /** Opens `GET /v1/events` as `token` and waits for the stream's first comment. */
  subscribe(token: string, headers?: Record<string, string>, query?: string): Promise<SseReader>;
}

/**
 * The API with live streams and its workers (outbox dispatch every 300 ms) for one suite:
 * started before its tests, stopped with every open stream after them.
 */
export function useLiveApp(ctx: BackendContext, workerOptions: WorkerOptions = {}): LiveApp {
  let workers: Workers | undefined;
  let hub: LiveHub | undefined;
  let app: App | undefined;
  const open: SseReader[] = [];

  beforeAll(async () => {
    hub = new LiveHub(ctx.database);
    app = createApp({
      database: ctx.database,
      clock: ctx.clock.now,
      logger: quietLogger,
      liveHub: hub,
      liveHeartbeatMs: 200,
    });
    workers = await startWorkers(ctx.database, {
      logger: quietLogger,
      clock: ctx.clock.now,
      pollingIntervalSeconds: 0.5,
      dispatchIntervalMs: 300,
      expiryCron: null,
      retentionCron: null,
      ...workerOptions,
    });
  });
  afterAll(async () => {
    await Promise.all(open.map((stream) => stream.close()));
    await workers?.stop();
    await hub?.close();
  });

  const started = <T>(value: T | undefined): T => {
    if (value === undefined) throw new Error('The live app starts in beforeAll');
    return value;
  };

  return {
    get app() {
      return started(app);
    },
    get workers() {
      return started(workers);
    },
    async subscribe(token, headers = {}, query = '') {
      const response = await started(app).request(`/v1/events${query}`, {
        headers: { ...(token && { Authorization: `Bearer ${token}` }), ...headers },
      });
      expect(response.status).toBe(200);
      expect(response.headers.get('Content-Type')).toMatch(/^text\/event-stream/);
      const stream = readSse(response);
      open.push(stream);
      await stream.waitForComments(1);
      return stream;
    },
  };
}
