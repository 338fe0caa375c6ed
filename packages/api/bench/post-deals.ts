import type { CustomFieldDefinition, DealForm, DealInput } from '@partnerkit/contracts';
import { serve } from '@hono/node-server';
import autocannon from 'autocannon';
import type { AddressInfo } from 'node:net';
import { createApp } from '../src/app.js';
import type { Database } from '../src/db/database.js';
import { quietLogger } from '../src/http/logger.js';
import type { DemoSeedResult } from '../src/seed/demo.js';
import { company, random } from '../src/seed/synthetic-companies.js';

export interface LoadResult {
  requestsPerSecond: number;
  p50: number;
  p99: number;
  total: number;
  non2xx: number;
  errors: number;
}

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
 * POST /v1/deals through a real HTTP server on 127.0.0.1 with 10 connections for a bounded
 * time; every request registers a new company, so each one runs the rules and inserts.
 */
export async function benchPostDeals(
  database: Database,
  demo: DemoSeedResult,
  options: { duration: number; connections: number },
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
        return { token, countries: partner.countries };
      }),
    );
    const form = await json<DealForm>(
      await fetch(`${base}/v1/deal-form`, {
        headers: { Authorization: `Bearer ${sessions[0]!.token}` },
      }),
    );
    const customFields = Object.fromEntries(
      form.customFields
        .filter((field) => field.required)
        .map((field) => [field.key, sampleValue(field)]),
    );
    const next = random(99);
    let counter = 0;
    const result = await autocannon({
      url: base,
      connections: options.connections,
      duration: options.duration,
      requests: [
        {
          method: 'POST',
          path: '/v1/deals',
          setupRequest(request) {
            const index = counter++;
            const session = sessions[index % sessions.length]!;
            const customer = company(next, 20_000_000 + index);
            const body: DealInput = {
              company: { ...customer, country: session.countries[0]! },
              contact: { name: 'Load Test', email: 'load@bench.example' },
              products: [form.products[0]!.id],
              amount: { value: 1_000_000, currency: form.defaultCurrency },
              expectedCloseDate: '2027-06-30',
              dealType: 'new',
              coSell: false,
              customFields,
            };
            return {
              ...request,
              headers: {
                Authorization: `Bearer ${session.token}`,
                'Content-Type': 'application/json',
              },
              body: JSON.stringify(body),
            };
          },
        },
      ],
    });
    return {
      requestsPerSecond: result.requests.average,
      p50: result.latency.p50,
      p99: result.latency.p99,
      total: result['2xx'] + result.non2xx,
      non2xx: result.non2xx,
      errors: result.errors + result.timeouts,
    };
  } finally {
    await new Promise<void>((resolve) => server.close(() => resolve()));
    while (inFlight > 0) await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
