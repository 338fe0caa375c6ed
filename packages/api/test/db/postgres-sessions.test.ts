import { describe, expect, it } from 'vitest';
import { createDatabase } from '../../src/db/database.js';
import { withPostgres } from '../support/backends.js';

withPostgres('PostgreSQL sessions of the API', (adminUrl) =>
  describe('PostgreSQL sessions of the API', () => {
    it('plan without parallel workers, on every connection of the pool', async () => {
      const database = await createDatabase({ url: adminUrl, poolSize: 2 });
      try {
        if (database.kind !== 'postgres') throw new Error('expected PostgreSQL');
        const settings = await Promise.all(
          [1, 2].map(() => database.client.query('show max_parallel_workers_per_gather')),
        );
        expect(settings.map((result) => result.rows[0].max_parallel_workers_per_gather)).toEqual([
          '0',
          '0',
        ]);
      } finally {
        await database.close();
      }
    });
  }),
);
