import { parseArgs } from 'node:util';
import { serve } from '@hono/node-server';
import { createApp } from '../app.js';
import { createDatabase, type Database } from '../db/database.js';
import { migrate } from '../db/migrate.js';
import { openFileStore } from '../files/file-store.js';
import { startWorkers } from '../jobs/workers.js';
import { LiveHub } from '../live/hub.js';
import { seedDemo } from '../seed/demo.js';
import { insertSyntheticDeals } from '../seed/synthetic-deals.js';
import { seedTenant } from '../seed/tenant.js';
import {
  databaseOptionsFromEnv,
  fileStoreOptionsFromEnv,
  listenOptionsFromEnv,
  workerOptionsFromEnv,
} from './environment.js';
import { describeDemo, describeTenant } from './print.js';

const USAGE = `Usage: partnerkit-api <command> [options]

Commands:
  serve                      migrate, then serve the API (PORT=8787, HOST=127.0.0.1)
  migrate                    apply the database migrations
  seed --demo [--json]       create or refresh the demo tenant "Northwind Software"
  seed --demo --synthetic-deals N [--json]
                             and add N generated active deals to it (each run adds N more)
  seed [--name N] [--origin URL]... [--json]
                             create an empty tenant with new keys (shown once)

Environment: DATABASE_URL=postgres://… for PostgreSQL, else PGlite in DATA_DIR (./.partnerkit-data).
Files: on disk in FILES_DIR ($DATA_DIR/files), or in S3_BUCKET with S3_ENDPOINT, S3_REGION
and the AWS SDK's credentials.
Webhooks: WEBHOOK_RETRY_LIMIT (11), WEBHOOK_RETRY_DELAY_SECONDS (30, doubled per retry),
WEBHOOK_TIMEOUT_MS (10000), JOBS_MAINTENANCE_SECONDS (60).`;

async function withDatabase<T>(run: (database: Database) => Promise<T>): Promise<T> {
  const database = await createDatabase(databaseOptionsFromEnv());
  try {
    return await run(database);
  } finally {
    await database.close();
  }
}

async function runServe(): Promise<void> {
  const database = await createDatabase(databaseOptionsFromEnv());
  await migrate(database);
  const workers = await startWorkers(database, workerOptionsFromEnv());
  const liveHub = new LiveHub(database);
  const fileStore = await openFileStore(fileStoreOptionsFromEnv());
  const app = createApp({ database, liveHub, fileStore });
  const { port, hostname } = listenOptionsFromEnv();
  const server = serve({ fetch: app.fetch, port, hostname }, (info) => {
    const host = info.family === 'IPv6' ? `[${info.address}]` : info.address;
    const url = `http://${host}:${info.port}`;
    console.info(`PartnerKit API on ${url} (${database.kind})`);
    console.info(`API docs: ${url}/docs   OpenAPI: ${url}/openapi.json`);
  });
  const stop = (exitCode = 0) => {
    // Open event streams would hold the server open: close them with the process.
    server.close();
    void Promise.all([workers.stop(), liveHub.close()])
      .then(() => database.close())
      .then(() => process.exit(exitCode));
  };
  server.once('error', (error: NodeJS.ErrnoException) => {
    const reason =
      error.code === 'EADDRINUSE'
        ? `port ${port} on ${hostname} is already in use; set PORT to a free one`
        : error.message;
    console.error(`PartnerKit API could not listen: ${reason}.`);
    stop(1);
  });
  process.once('SIGINT', () => stop());
  process.once('SIGTERM', () => stop());
}

async function runSeed(args: string[]): Promise<void> {
  const { values } = parseArgs({
    args,
    options: {
      demo: { type: 'boolean', default: false },
      json: { type: 'boolean', default: false },
      name: { type: 'string', default: 'My Company' },
      'synthetic-deals': { type: 'string' },
      origin: { type: 'string', multiple: true, default: [] },
    },
  });
  const synthetic = values['synthetic-deals'];
  const syntheticRows = synthetic === undefined ? 0 : Number(synthetic);
  if (!Number.isInteger(syntheticRows) || syntheticRows < 0 || (synthetic && !values.demo)) {
    console.error('--synthetic-deals takes a whole number of deals and needs --demo.');
    process.exitCode = 2;
    return;
  }
  await withDatabase(async (database) => {
    await migrate(database);
    if (values.demo) {
      const demo = await seedDemo(database);
      if (synthetic === undefined) {
        console.info(values.json ? JSON.stringify(demo, null, 2) : describeDemo(demo));
        return;
      }
      const { inserted, seconds } = await insertSyntheticDeals(database, demo, syntheticRows);
      const syntheticDeals = { inserted, seconds: Number(seconds.toFixed(2)) };
      console.info(
        values.json
          ? JSON.stringify({ ...demo, syntheticDeals }, null, 2)
          : `${describeDemo(demo)}\n\nAdded ${inserted} synthetic active deals in ${syntheticDeals.seconds} s.`,
      );
      return;
    }
    const tenant = await seedTenant(database, {
      name: values.name,
      allowedOrigins: values.origin,
    });
    console.info(values.json ? JSON.stringify(tenant, null, 2) : describeTenant(tenant));
  });
}

export async function main(argv: string[]): Promise<void> {
  const [command, ...rest] = argv;
  switch (command) {
    case 'serve':
      return runServe();
    case 'migrate':
      await withDatabase(migrate);
      console.info('Migrations applied.');
      return;
    case 'seed':
      return runSeed(rest);
    case undefined:
    case 'help':
    case '--help':
      console.info(USAGE);
      return;
    default:
      console.error(`Unknown command "${command}".\n\n${USAGE}`);
      process.exitCode = 2;
  }
}
