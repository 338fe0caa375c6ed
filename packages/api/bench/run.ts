import { fileURLToPath } from 'node:url';
import { migrate } from '../src/db/migrate.js';
import { seedDemo } from '../src/seed/demo.js';
import { insertSyntheticDeals, PROGRAMME_PROFILE } from '../src/seed/synthetic-deals.js';
import { parseArgs } from './args.js';
import { openBenchDatabase } from './backends.js';
import { benchDuplicateCheck } from './duplicate-check.js';
import { benchPostDeals } from './post-deals.js';
import { table, writeBenchmarks, type BackendResult } from './report.js';

const BENCHMARKS_MD = fileURLToPath(new URL('../../../BENCHMARKS.md', import.meta.url));

const options = parseArgs(process.argv.slice(2));
const results: BackendResult[] = [];

for (const backend of options.backends) {
  console.info(`\n[${backend}] opening a fresh database`);
  const bench = await openBenchDatabase(backend, options.postgresUrl);
  try {
    await migrate(bench.database);
    const demo = await seedDemo(bench.database);
    console.info(`[${backend}] seeding ${options.rows.toLocaleString('en-US')} deals`);
    const seeded = await insertSyntheticDeals(
      bench.database,
      demo,
      options.rows,
      PROGRAMME_PROFILE,
    );
    console.info(
      `[${backend}] seeded in ${seeded.seconds.toFixed(1)} s; timing ${options.samples} duplicate checks`,
    );
    const check = await benchDuplicateCheck(
      bench.database,
      demo,
      seeded.companies,
      options.samples,
    );
    console.info(
      `[${backend}] check p50 ${check.p50.toFixed(1)} ms, p95 ${check.p95.toFixed(1)} ms; POST load for ${options.duration} s`,
    );
    const load = await benchPostDeals(bench.database, demo, options);
    console.info(`[${backend}] ${load.requestsPerSecond.toFixed(0)} req/s, p99 ${load.p99} ms`);
    results.push({
      backend,
      where: bench.where,
      rows: options.rows,
      seedSeconds: seeded.seconds,
      check,
      samples: options.samples,
      load,
      durationSeconds: options.duration,
      connections: options.connections,
    });
  } finally {
    await bench.dispose();
  }
}

console.info(`\n${table(results)}\n`);
const command = ['pnpm bench', ...process.argv.slice(2)].join(' ');
writeBenchmarks(BENCHMARKS_MD, results, command);
console.info(`Written to ${BENCHMARKS_MD}`);
