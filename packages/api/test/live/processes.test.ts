import { afterAll, beforeAll, expect, it } from 'vitest';
import { createApp, type App } from '../../src/app.js';
import { createDatabase, type Database } from '../../src/db/database.js';
import { migrate } from '../../src/db/migrate.js';
import { quietLogger } from '../../src/http/logger.js';
import { dealInput } from '../deals/builders.js';
import {
  createScratchDatabase,
  describePostgres,
  startApiProcess,
  type ApiProcess,
} from '../outbox/api-process.js';
import { seedTestTenant, sessionFor } from '../support/index.js';
import { readSse } from './sse-reader.js';

describePostgres('live updates across API processes', (adminUrl) => {
  let scratch: Awaited<ReturnType<typeof createScratchDatabase>>;
  let database: Database;
  let app: App;
  let processA: ApiProcess;
  let processB: ApiProcess;

  beforeAll(async () => {
    scratch = await createScratchDatabase(adminUrl);
    database = await createDatabase({ url: scratch.url, poolSize: 2 });
    await migrate(database);
    app = createApp({ database, logger: quietLogger });
    [processA, processB] = await Promise.all([
      startApiProcess({ DATABASE_URL: scratch.url }),
      startApiProcess({ DATABASE_URL: scratch.url }),
    ]);
  }, 60_000);
  afterAll(async () => {
    await Promise.all([processA?.stop(), processB?.stop()]);
    await database?.close();
    await scratch?.drop();
  });

  it('a deal registered through process B reaches its partner subscribed on process A only', async () => {
    const tenant = await seedTestTenant(database);
    const dachToken = await sessionFor(app, tenant.dach, tenant.dach.users[0]!);
    const otherToken = await sessionFor(app, tenant.northAmerica, tenant.northAmerica.users[0]!);
    const subscribe = async (token: string) => {
      // As EventSource would: the token in the query string.
      const response = await fetch(`${processA.url}/v1/events?access_token=${token}`);
      expect(response.status).toBe(200);
      const stream = readSse(response);
      await stream.waitForComments(1);
      return stream;
    };
    const dach = await subscribe(dachToken);
    const other = await subscribe(otherToken);
    try {
      const started = Date.now();
      const registered = await fetch(`${processB.url}/v1/deals`, {
        method: 'POST',
        headers: { Authorization: `Bearer ${dachToken}`, 'Content-Type': 'application/json' },
        body: JSON.stringify(dealInput(tenant)),
      });
      expect(registered.status).toBe(201);
      const deal = (await registered.json()) as { id: string };
      const messages = await dach.next(2);
      const latencyMs = Date.now() - started;
      expect(messages.map((m) => JSON.parse(m.data).data.deal.id)).toEqual([deal.id, deal.id]);
      expect(latencyMs).toBeLessThan(5_000);
      await new Promise((resolve) => setTimeout(resolve, 500));
      expect(other.messages).toEqual([]);
    } finally {
      await Promise.all([dach.close(), other.close()]);
    }
  }, 60_000);
});
