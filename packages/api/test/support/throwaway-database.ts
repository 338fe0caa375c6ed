import { randomBytes } from 'node:crypto';
import pg from 'pg';

async function run(adminUrl: string, statement: string) {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    return await client.query(statement);
  } finally {
    await client.end();
  }
}

/**
 * FORCE ends the sessions still on the database, but not an autovacuum worker: it runs as the
 * bootstrap superuser, so our role may not signal it (42501). A plain DROP makes autovacuum
 * stand down by itself, and by then our own sessions are gone.
 */
async function dropDatabase(adminUrl: string, name: string): Promise<void> {
  try {
    await run(adminUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  } catch (error) {
    if ((error as { code?: string }).code !== '42501') throw error;
    await run(adminUrl, `DROP DATABASE IF EXISTS ${name}`);
  }
}

export interface ThrowawayDatabase {
  name: string;
  url: string;
  drop(): Promise<void>;
}

/** A fresh database on the server behind `adminUrl`, for one suite, process or benchmark. */
export async function createThrowawayDatabase(
  adminUrl: string,
  prefix: string,
): Promise<ThrowawayDatabase> {
  const name = `${prefix}_${randomBytes(6).toString('hex')}`;
  await run(adminUrl, `CREATE DATABASE ${name}`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return { name, url: url.toString(), drop: () => dropDatabase(adminUrl, name) };
}

/** The server's version, as `SHOW server_version` prints it. */
export async function serverVersion(adminUrl: string): Promise<string> {
  const result = await run(adminUrl, 'SHOW server_version');
  return (result.rows[0] as { server_version: string }).server_version;
}
