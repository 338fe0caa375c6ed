import PgBoss from 'pg-boss';
import type { Database } from '../db/database.js';

export interface BossOptions {
  /** How often pg-boss expires stuck jobs (a crashed worker's) and archives; default 60 s. */
  maintenanceIntervalSeconds?: number;
}

/**
 * pg-boss over the API's own connections: the pool on PostgreSQL, the PGlite instance when
 * embedded. pg-boss v10 sends its migrations as parameterless multi-statement SQL, which
 * PGlite only runs through `exec()`.
 */
export function createBoss(database: Database, options: BossOptions = {}): PgBoss {
  const db: PgBoss.Db =
    database.kind === 'postgres'
      ? { executeSql: (text, values) => database.client.query(text, values) }
      : {
          executeSql: async (text, values) => {
            if (values?.length) return database.client.query(text, values);
            const results = await database.client.exec(text);
            return results.at(-1) ?? { rows: [] };
          },
        };
  return new PgBoss({
    db,
    maintenanceIntervalSeconds: options.maintenanceIntervalSeconds ?? 60,
  });
}
