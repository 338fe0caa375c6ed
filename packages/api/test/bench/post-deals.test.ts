import { expect, it } from 'vitest';
import { benchPostDeals } from '../../bench/post-deals.js';
import { seedDemo } from '../../src/seed/demo.js';
import { describeBackends } from '../support/index.js';

describeBackends('bench: POST /v1/deals load', (ctx) => {
  it('registers deals through a real server under load from wrk', async () => {
    const demo = await seedDemo(ctx.database);
    const result = await benchPostDeals(ctx.database, demo, {
      duration: 1,
      connections: 2,
      warmUp: 1,
    });
    expect(result.total).toBeGreaterThan(0);
    expect(result).toMatchObject({ non2xx: 0, errors: 0 });
    expect(result.requestsPerSecond).toBeGreaterThan(0);
    expect(result.cpuPerRequestMs).toBeGreaterThan(0);
    if (process.platform === 'linux') {
      // PGlite runs in this process: its CPU is the API's. The test server runs on this host.
      if (ctx.database.kind === 'pglite') expect(result.databaseCpuPerRequestMs).toBeNull();
      else expect(result.databaseCpuPerRequestMs).toBeGreaterThan(0);
      expect(result.idleShare).toBeGreaterThanOrEqual(0);
      expect(result.idleShare).toBeLessThan(1);
    }
  }, 30_000);
});
