import { afterAll, beforeAll, expect, it } from 'vitest';
import { createApp, type App } from '../../src/app.js';
import { createDatabase, type Database } from '../../src/db/database.js';
import { migrate } from '../../src/db/migrate.js';
import { quietLogger } from '../../src/http/logger.js';
import { verifyWebhookSignature } from '../../src/webhooks/signature.js';
import { dealInput } from '../deals/builders.js';
import { call, seedTestTenant, sessionFor } from '../support/index.js';
import { startReceiver } from '../webhooks/receiver.js';
import { createScratchDatabase, describePostgres, startApiProcess } from './api-process.js';

describePostgres('webhook delivery survives a killed API process', (adminUrl) => {
  let scratch: Awaited<ReturnType<typeof createScratchDatabase>>;
  let database: Database;
  let app: App;

  beforeAll(async () => {
    scratch = await createScratchDatabase(adminUrl);
    database = await createDatabase({ url: scratch.url, poolSize: 2 });
    await migrate(database);
    app = createApp({ database, logger: quietLogger });
  });
  afterAll(async () => {
    await database?.close();
    await scratch?.drop();
  });

  it('kill -9 while the receiver holds the request; the restarted process delivers it', async () => {
    const tenant = await seedTestTenant(database);
    let killed = false;
    // The first request is held open until the process that sent it is gone.
    const receiver = await startReceiver(() => (killed ? 200 : 'hang'));
    const env = {
      DATABASE_URL: scratch.url,
      WEBHOOK_RETRY_DELAY_SECONDS: '1',
      WEBHOOK_TIMEOUT_MS: '2000',
      JOBS_MAINTENANCE_SECONDS: '1',
    };
    let api = await startApiProcess(env);
    try {
      const endpoint = await call(app, 'POST', '/v1/webhook-endpoints', {
        auth: tenant.secretKey,
        body: { url: receiver.url, eventTypes: ['deal.submitted'] },
      });
      const token = await sessionFor(app, tenant.dach, tenant.dach.users[0]!);
      const registered = await fetch(`${api.url}/v1/deals`, {
        method: 'POST',
        headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
        body: JSON.stringify(dealInput(tenant)),
      });
      expect(registered.status).toBe(201);

      const [held] = await receiver.waitFor(1);
      await api.kill();
      killed = true;
      api = await startApiProcess(env);

      const requests = await receiver.waitFor(2, 45_000);
      const eventIds = new Set(requests.map((request) => request.headers['partnerkit-event-id']));
      expect(eventIds.size).toBe(1);
      expect(requests[1]!.body).toBe(held!.body);
      expect(
        verifyWebhookSignature({
          body: requests[1]!.body,
          header: requests[1]!.headers['partnerkit-signature'] as string,
          secret: endpoint.body.secret,
        }),
      ).toBe(true);
      const deadline = Date.now() + 10_000;
      let status = '';
      while (status !== 'delivered' && Date.now() < deadline) {
        const log = await call(app, 'GET', `/v1/webhook-endpoints/${endpoint.body.id}/deliveries`, {
          auth: tenant.secretKey,
        });
        status = log.body.items[0]?.status;
        if (status !== 'delivered') await new Promise((resolve) => setTimeout(resolve, 200));
      }
      expect(status).toBe('delivered');
    } finally {
      await api.stop();
      await receiver.close();
    }
  }, 90_000);
});
