import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, it } from 'vitest';
import { createApp, type App } from '../../src/app.js';
import { createThrowawayDatabase, type ThrowawayDatabase } from './throwaway-database.js';
import { createDatabase, type Database } from '../../src/db/database.js';
import { migrate } from '../../src/db/migrate.js';
import { quietLogger } from '../../src/http/logger.js';
import { TestClock } from './clock.js';

export type BackendKind = Database['kind'];

/** What a suite gets: valid inside hooks and tests, reset before every test. */
export interface BackendContext {
  readonly kind: BackendKind;
  readonly database: Database;
  readonly app: App;
  readonly clock: TestClock;
}

interface Backend {
  open(): Promise<Database>;
  dispose(): Promise<void>;
}

function pgliteBackend(): Backend {
  return { open: () => createDatabase({ dataDir: 'memory://' }), dispose: async () => undefined };
}

/** A throwaway database per suite on the server, dropped afterwards. */
function postgresBackend(adminUrl: string): Backend {
  let throwaway: ThrowawayDatabase | undefined;
  return {
    async open() {
      throwaway = await createThrowawayDatabase(adminUrl, 'partnerkit_t');
      return createDatabase({ url: throwaway.url, poolSize: 8 });
    },
    async dispose() {
      await throwaway?.drop();
    },
  };
}

const DEADLOCK_DETECTED = '40P01';

async function truncateAll(database: Database): Promise<void> {
  const result = await database.db.execute(
    sql`select tablename from pg_tables where schemaname = 'public'`,
  );
  const tables = (result as unknown as { rows: { tablename: string }[] }).rows.map(
    (row) => `"${row.tablename}"`,
  );
  if (!tables.length) return;
  // A suite's workers (outbox dispatch, webhook deliveries) keep polling between tests, and
  // TRUNCATE's exclusive locks may deadlock with one of their transactions: PostgreSQL then
  // rolls one side back (40P01), and trying again once that side is gone is the remedy.
  for (let attempt = 1; ; attempt++) {
    try {
      await database.db.execute(sql.raw(`TRUNCATE ${tables.join(', ')} CASCADE`));
      return;
    } catch (error) {
      const code = (error as { cause?: { code?: string } }).cause?.code;
      if (code !== DEADLOCK_DETECTED || attempt === 5) throw error;
    }
  }
}

function suite(
  name: string,
  kind: BackendKind,
  backend: Backend,
  body: (ctx: BackendContext) => void,
) {
  describe(`${name} [${kind}]`, () => {
    let database: Database | undefined;
    let app: App | undefined;
    const clock = new TestClock();
    const ctx: BackendContext = {
      kind,
      clock,
      get database() {
        if (!database) throw new Error('The database opens in beforeAll');
        return database;
      },
      get app() {
        if (!app) throw new Error('The app is created in beforeAll');
        return app;
      },
    };
    beforeAll(async () => {
      database = await backend.open();
      await migrate(database);
      app = createApp({ database, clock: clock.now, logger: quietLogger });
    }, 60_000);
    beforeEach(async () => {
      clock.reset();
      await truncateAll(ctx.database);
    });
    afterAll(async () => {
      await database?.close();
      await backend.dispose();
    });
    body(ctx);
  });
}

/**
 * Runs the same suite on PGlite (in memory) and on the PostgreSQL server at
 * `TEST_DATABASE_URL`. Without that variable the PostgreSQL half is skipped with a note, or
 * fails when `PARTNERKIT_REQUIRE_POSTGRES=1` (CI), so it cannot go missing silently.
 */
export function describeBackends(name: string, body: (ctx: BackendContext) => void): void {
  suite(name, 'pglite', pgliteBackend(), body);
  withPostgres(name, (url) => suite(name, 'postgres', postgresBackend(url), body));
}

/**
 * Runs `register` with `TEST_DATABASE_URL`, the admin connection of the test server. Without it
 * the `[postgres]` suite is skipped with a note, or fails under `PARTNERKIT_REQUIRE_POSTGRES=1`.
 */
export function withPostgres(name: string, register: (adminUrl: string) => void): void {
  const url = process.env.TEST_DATABASE_URL;
  if (url) {
    register(url);
  } else if (process.env.PARTNERKIT_REQUIRE_POSTGRES === '1') {
    describe(`${name} [postgres]`, () => {
      it('needs TEST_DATABASE_URL', () => {
        throw new Error('PARTNERKIT_REQUIRE_POSTGRES=1 but TEST_DATABASE_URL is not set');
      });
    });
  } else {
    describe.skip(`${name} [postgres] — skipped: TEST_DATABASE_URL is not set`, () => {
      it('runs when TEST_DATABASE_URL points at a PostgreSQL server', () => undefined);
    });
  }
}
