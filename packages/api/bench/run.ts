import { fileURLToPath } from 'node:url';
import { migrate } from '../src/db/migrate.js';
import { seedDemo } from '../src/seed/demo.js';
import { insertSyntheticDeals, PROGRAMME_PROFILE } from '../src/seed/synthetic-deals.js';
import { parseArgs } from './args.js';
import { openBenchDatabase } from './backends.js';
import { naiveCheck, naiveMatches, ourCheck, ourMatches } from './checks.js';
import { withNaiveIndex } from './naive-index.js';
import { timeCheck, timingProbes, warmUpProbes } from './duplicate-check.js';
import { benchPostDeals, POST_WARM_UP_SECONDS } from './post-deals.js';
import { measureRecall } from './recall.js';
import { figures, table, writeBenchmarks, type BackendResult } from './report.js';

const BENCHMARKS_MD = fileURLToPath(new URL('../../../BENCHMARKS.md', import.meta.url));

const options = parseArgs(process.argv.slice(2));
// With --json, stdout carries the JSON object only.
const log = options.json ? console.error : console.info;
const results: BackendResult[] = [];

for (const backend of options.backends) {
  log(`\n[${backend}] opening a fresh database`);
  const bench = await openBenchDatabase(backend, options.postgresUrl);
  try {
    await migrate(bench.database);
    const demo = await seedDemo(bench.database);
    log(`[${backend}] seeding ${options.rows.toLocaleString('en-US')} deals`);
    const seeded = await insertSyntheticDeals(
      bench.database,
      demo,
      options.rows,
      PROGRAMME_PROFILE,
    );
    const checks = {
      ours: ourCheck(bench.database, demo),
      naive: naiveCheck(bench.database, demo),
    };
    const probes = timingProbes(demo, seeded.companies, options.samples);
    log(`[${backend}] seeded in ${seeded.seconds.toFixed(1)} s; timing ${options.samples} checks`);
    const warmUp = warmUpProbes(demo, seeded.companies);
    const check = await timeCheck(checks.ours, probes, warmUp);
    log(`[${backend}] ours p50 ${check.p50.toFixed(1)} ms, p95 ${check.p95.toFixed(1)} ms`);
    const { naive, recall } = await withNaiveIndex(bench.database, async () => {
      const naive = await timeCheck(checks.naive, probes, warmUp);
      log(`[${backend}] naive p50 ${naive.p50.toFixed(1)} ms, p95 ${naive.p95.toFixed(1)} ms`);
      const recall = await measureRecall(demo, seeded.companies, {
        ours: ourMatches(bench.database, demo),
        naive: naiveMatches(bench.database, demo),
      });
      return { naive, recall };
    });
    log(
      `[${backend}] recall ours ${(recall.ours.recall * 100).toFixed(1)} %, naive ${(recall.naive.recall * 100).toFixed(1)} %; POST load for ${options.duration} s`,
    );
    const load = await benchPostDeals(bench.database, demo, {
      ...options,
      warmUp: POST_WARM_UP_SECONDS,
    });
    log(`[${backend}] ${load.requestsPerSecond.toFixed(0)} req/s, p99 ${load.p99} ms`);
    results.push({
      backend,
      where: bench.where,
      rows: options.rows,
      seedSeconds: seeded.seconds,
      samples: options.samples,
      check,
      naiveCheck: naive,
      recall,
      load,
      durationSeconds: options.duration,
      connections: options.connections,
    });
  } finally {
    await bench.dispose();
  }
}

const command = ['pnpm bench', ...process.argv.slice(2)].join(' ');
writeBenchmarks(BENCHMARKS_MD, results, command);
const all = results.flatMap(figures);
const missed = all.filter((figure) => figure.verdict === 'missed');
if (options.json) {
  console.info(JSON.stringify({ command, results, figures: all, targetsMissed: missed.length }));
} else {
  console.info(`\n${table(results)}\n`);
  console.info(`Written to ${BENCHMARKS_MD}`);
}
if (missed.length > 0) {
  log(
    `${missed.length} issue-4 target(s) missed: ${missed.map((f) => `${f.backend} ${f.figure}`).join(', ')}`,
  );
  process.exitCode = 1;
}
