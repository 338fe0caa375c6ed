import type { CustomFieldDefinition, DealForm } from '@partnerkit/contracts';
import { serve } from '@hono/node-server';
import { fork } from 'node:child_process';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createApp } from '../src/app.js';
import type { Database } from '../src/db/database.js';
import { quietLogger } from '../src/http/logger.js';
import type { DemoSeedResult } from '../src/seed/demo.js';
import type { LoadPlan, LoadResult as LoadFigures } from './post-deals-load.js';

/** What autocannon saw, and the CPU this process (the API; with PGlite, its database too) spent. */
export type LoadResult = LoadFigures & { cpuPerRequestMs: number };

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

/**
 * Runs autocannon in a child process, so that building requests and parsing responses does not
 * take turns with the server on one event loop; it still shares this machine's cores, as the
 * issue's setup says. The child loads tsx itself, so it runs under `pnpm bench` and vitest alike.
 */
function generateLoad(plan: LoadPlan): Promise<LoadFigures> {
  const tsx = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;
  const child = fork(fileURLToPath(new URL('./post-deals-load.ts', import.meta.url)), {
    execArgv: ['--import', tsx],
  });
  return new Promise((resolve, reject) => {
    child.once('message', (message: { result?: LoadFigures; error?: string }) => {
      if (message.result) resolve(message.result);
      else reject(new Error(`load generator failed: ${message.error}`));
    });
    child.once('error', reject);
    child.once('exit', (code) => reject(new Error(`load generator exited with ${code}`)));
    child.send(plan);
  });
}

/**
 * Untimed load before the measured run. A serving API is warm: its code compiled by V8, its
 * pool connected, its statements planned, and PostgreSQL done with the autovacuum the seeding
 * set off. Cold, the first 20 s ran at two thirds of the warm rate, which measures the seeding.
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
  const app = createApp({ database, logger: quietLogger });
  // autocannon hangs up when its time is over, while handlers may still be running: the
  // database must stay open until they are done.
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
  const base = `http://127.0.0.1:${port}`;
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
    if (options.warmUp > 0) await generateLoad({ ...plan, duration: options.warmUp, seed: 98 });
    const cpuBefore = process.cpuUsage();
    const load = await generateLoad({ ...plan, duration: options.duration, seed: 99 });
    const cpu = process.cpuUsage(cpuBefore);
    return { ...load, cpuPerRequestMs: (cpu.user + cpu.system) / 1000 / Math.max(load.total, 1) };
  } finally {
    await new Promise<void>((resolve) => server.close(() => resolve()));
    while (inFlight > 0) await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
