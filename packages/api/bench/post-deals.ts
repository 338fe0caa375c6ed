import type { CustomFieldDefinition, DealForm } from '@partnerkit/contracts';
import { serve } from '@hono/node-server';
import type { AddressInfo } from 'node:net';
import { createApp, type App } from '../src/app.js';
import type { Database } from '../src/db/database.js';
import { quietLogger } from '../src/http/logger.js';
import type { DemoSeedResult } from '../src/seed/demo.js';
import { startHostCpuMeter } from './host-cpu.js';
import { prepareLoad, type LoadPlan, type LoadResult as LoadFigures } from './post-deals-load.js';

/**
 * What wrk saw, and CPU per request: this process's (the API; with PGlite, its database too),
 * PostgreSQL's backends' (null with PGlite, or where `/proc` cannot tell), and the share of the
 * machine's cores left idle.
 */
export type LoadResult = LoadFigures & {
  cpuPerRequestMs: number;
  databaseCpuPerRequestMs: number | null;
  idleShare: number | null;
};

function sampleValue(field: CustomFieldDefinition): string | number | boolean {
  if (field.type === 'number') return 10;
  if (field.type === 'boolean') return true;
  if (field.type === 'select') return field.options?.[0]?.value ?? '';
  return 'bench';
}

async function json<T>(response: Response): Promise<T> {
  if (!response.ok) throw new Error(`${response.status} ${await response.text()}`);
  return (await response.json()) as T;
}

/** The server processes of the database's connections; none for PGlite, which runs in ours. */
async function databaseBackends(database: Database): Promise<number[]> {
  if (database.kind === 'pglite') return [];
  const { rows } = await database.client.query<{ pid: number }>(
    "select pid from pg_stat_activity where datname = current_database() and backend_type = 'client backend'",
  );
  return rows.map((row) => row.pid);
}

/** Sends a load, counting CPU only while wrk runs, not while its file is written. */
async function runLoad(database: Database, plan: LoadPlan): Promise<LoadResult> {
  const load = prepareLoad(plan);
  try {
    const host = startHostCpuMeter(await databaseBackends(database));
    const cpuBefore = process.cpuUsage();
    const result = await load.run();
    const cpu = process.cpuUsage(cpuBefore);
    const { databaseMs, idleShare } = host.stop(await databaseBackends(database));
    const requests = Math.max(result.total, 1);
    return {
      ...result,
      cpuPerRequestMs: (cpu.user + cpu.system) / 1000 / requests,
      databaseCpuPerRequestMs: databaseMs === null ? null : databaseMs / requests,
      idleShare,
    };
  } finally {
    load.dispose();
  }
}

/**
 * The app on a real HTTP server on 127.0.0.1, on a port the system picks. `close` also waits
 * for handlers still running: wrk hangs up when its time is over, and the database must stay
 * open until they are done.
 */
export async function serveOnLoopback(app: App): Promise<{ base: string; close(): Promise<void> }> {
  let inFlight = 0;
  const handle = async (request: Request) => {
    inFlight++;
    try {
      return await app.fetch(request);
    } finally {
      inFlight--;
    }
  };
  const server = serve({ fetch: handle, hostname: '127.0.0.1', port: 0 });
  await new Promise<void>((resolve) => server.once('listening', () => resolve()));
  const { port } = server.address() as AddressInfo;
  return {
    base: `http://127.0.0.1:${port}`,
    async close() {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      while (inFlight > 0) await new Promise((resolve) => setTimeout(resolve, 50));
    },
  };
}

/**
 * Untimed load before the measured run. A serving API is warm: its code compiled by V8, its
 * pool connected, its statements planned. Cold, the first 20 s ran at two thirds of the warm
 * rate, which measures the start rather than the API.
 */
export const POST_WARM_UP_SECONDS = 10;

/**
 * POST /v1/deals through a real HTTP server on 127.0.0.1 with 10 connections for a bounded
 * time, after a warm-up; every request registers a new company, so each one runs the rules and
 * inserts.
 */
export async function benchPostDeals(
  database: Database,
  demo: DemoSeedResult,
  options: { duration: number; connections: number; warmUp: number },
): Promise<LoadResult> {
  const { base, close } = await serveOnLoopback(createApp({ database, logger: quietLogger }));
  try {
    const sessions = await Promise.all(
      demo.partners.map(async (partner) => {
        const { token } = await json<{ token: string }>(
          await fetch(`${base}/v1/partner-sessions`, {
            method: 'POST',
            headers: {
              Authorization: `Bearer ${demo.secretKey}`,
              'Content-Type': 'application/json',
            },
            body: JSON.stringify({
              partnerId: partner.id,
              userId: partner.users[0]!.id,
              ttlSeconds: 86_400,
            }),
          }),
        );
        return { token, country: partner.countries[0]! };
      }),
    );
    const form = await json<DealForm>(
      await fetch(`${base}/v1/deal-form`, {
        headers: { Authorization: `Bearer ${sessions[0]!.token}` },
      }),
    );
    const plan = {
      base,
      connections: options.connections,
      sessions,
      productId: form.products[0]!.id,
      currency: form.defaultCurrency,
      customFields: Object.fromEntries(
        form.customFields
          .filter((field) => field.required)
          .map((field) => [field.key, sampleValue(field)]),
      ),
    };
    if (options.warmUp > 0) {
      await runLoad(database, { ...plan, duration: options.warmUp, seed: 98 });
    }
    return await runLoad(database, { ...plan, duration: options.duration, seed: 99 });
  } finally {
    await close();
  }
}
