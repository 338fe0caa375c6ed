import pg from 'pg';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';

// One tiny interface over both backends: exec (many statements) and query (params, optional name).
export async function openPostgres(
  url = process.env.SCALE_LAB_URL ?? 'postgres://partnerkit:partnerkit@127.0.0.1:5432/scale_lab',
) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  return {
    kind: 'postgres',
    exec: (sql) => client.query(sql),
    query: (text, values, name) => client.query(name ? { name, text, values } : { text, values }),
    close: () => client.end(),
  };
}

export async function openPglite(dataDir) {
  const db = await PGlite.create(
    dataDir ? { dataDir, extensions: { pg_trgm } } : { extensions: { pg_trgm } },
  );
  return {
    kind: 'pglite',
    exec: (sql) => db.exec(sql),
    query: (text, values) => db.query(text, values),
    close: () => db.close(),
  };
}
