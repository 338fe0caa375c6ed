// Usage: node load-and-probe.mjs --rows 1000000 [--backend postgres|pglite] [--dir /path] [--probes 500]
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { openPglite, openPostgres } from './src/db.mjs';
import { loadDeals } from './src/load.mjs';
import { buildProbes } from './src/probes.mjs';
import { createRandom } from './src/random.mjs';
import { INDEXES } from './src/schema.mjs';
import { parseArgs } from './src/args.mjs';

const args = parseArgs(process.argv.slice(2), {
  rows: 100000,
  backend: 'postgres',
  probes: 500,
  dir: '',
});
const rows = Number(args.rows);
if (args.dir) mkdirSync(dirname(args.dir), { recursive: true });
const db =
  args.backend === 'pglite' ? await openPglite(args.dir || undefined) : await openPostgres();

if (db.kind === 'postgres') await db.exec("SET maintenance_work_mem = '512MB'");
const t0 = performance.now();
const { seen, sources, companies, totalRows } = await loadDeals(db, {
  activeRows: rows,
  onProgress: (done) =>
    done % 100000 === 0 &&
    console.error(`  ${done} active rows, ${((performance.now() - t0) / 1000).toFixed(1)} s`),
});
const loadSeconds = (performance.now() - t0) / 1000;
console.info(
  `insert: ${totalRows} rows (${rows} active in the main tenant) in ${loadSeconds.toFixed(1)} s`,
);

const timings = {};
for (const [name, ddl] of Object.entries(INDEXES)) {
  const t = performance.now();
  await db.exec(ddl);
  timings[name] = (performance.now() - t) / 1000;
  console.info(`index ${name}: ${timings[name].toFixed(1)} s`);
}
const t1 = performance.now();
await db.exec(db.kind === 'postgres' ? 'VACUUM ANALYZE deals' : 'ANALYZE deals');
console.info(`vacuum/analyze: ${((performance.now() - t1) / 1000).toFixed(1)} s`);
console.info(`total: ${((performance.now() - t0) / 1000).toFixed(1)} s`);

const probes = buildProbes({
  sources,
  companies,
  seen,
  random: createRandom(7),
  count: Number(args.probes),
});
const file = `probes-${args.backend}-${rows}.json`; // same seed => same probes on every backend
writeFileSync(
  file,
  JSON.stringify({ rows, totalRows, loadSeconds, indexSeconds: timings, probes }, null, 1),
);
console.info(`probes: ${probes.length} -> ${file}`);
await db.close();
