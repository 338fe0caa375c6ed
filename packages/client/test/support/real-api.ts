import { createApp, createDatabase, migrate, type App, type Database } from '@partnerkit/api';
import { createClient, type ClientOptions, type PartnerKitClient } from '../../src/index.js';
// The API's own test fixture: a tenant with keys, two partners in different territories, users
// and products. Test-only reach into the API package; nothing here ships.
import { seedTestTenant, type TestTenant } from '../../../api/test/support/fixtures.js';

export type { TestTenant };

/** The real API app on an in-memory PGlite, reached through `fetch` without a port. */
export interface RealApi {
  app: App;
  database: Database;
  tenant: TestTenant;
  /** Moves the app's clock, to expire session tokens. */
  advance(ms: number): void;
  /** A `fetch` into the app, for tests that wrap it to break the transport. */
  fetch: typeof fetch;
  /** A client for the vendor's backend (secret key). */
  admin(options?: Partial<ClientOptions>): PartnerKitClient;
  /** A partner user's client with a freshly minted session token. */
  partner(partner: TestTenant['dach'], options?: Partial<ClientOptions>): Promise<PartnerKitClient>;
}

const quiet = { info: () => undefined, error: () => undefined };

export async function startRealApi(): Promise<RealApi> {
  const database = await createDatabase({ dataDir: 'memory://' });
  await migrate(database);
  let now = Date.now();
  const app = createApp({ database, clock: () => new Date(now), logger: quiet });
  const tenant = await seedTestTenant(database);
  const fetch: typeof globalThis.fetch = async (input, init) => app.fetch(new Request(input, init));
  const baseUrl = 'http://127.0.0.1:8787';

  const admin = (options: Partial<ClientOptions> = {}) =>
    createClient({ baseUrl, fetch, secretKey: tenant.secretKey, ...options });

  return {
    app,
    database,
    tenant,
    fetch,
    advance: (ms) => {
      now += ms;
    },
    admin,
    async partner(partner, options = {}) {
      const user = partner.users[0]!;
      const { token } = await admin().partnerSessions.create({
        partnerId: partner.id,
        userId: user.id,
      });
      return createClient({ baseUrl, fetch, sessionToken: token, ...options });
    },
  };
}
