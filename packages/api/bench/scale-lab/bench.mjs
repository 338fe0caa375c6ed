// Usage: node bench.mjs --probes probes-postgres-1000000.json [--backend postgres|pglite --dir D]
//        [--strategies naive,key_partial_03] [--rounds 3] [--json] [--explain]
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { serverCpuMs } from './src/cpu.mjs';
import { parseArgs } from './src/args.mjs';
import { openPglite, openPostgres } from './src/db.mjs';
import { nameKey } from './src/normalize.mjs';
import { probeBlockKeys } from './src/block-keys.mjs';
import { strategy as makeStrategy } from './src/strategies.mjs';
import { MATCH_KINDS } from './src/probes.mjs';

const args = parseArgs(process.argv.slice(2), {
  backend: 'postgres',
  dir: '',
  rounds: 3,
  strategies: 'naive@0.3',
});
const { rows, probes: rawProbes } = JSON.parse(readFileSync(args.probes, 'utf8'));
const probes = rawProbes.map((p) => ({
  ...p,
  nameKey: nameKey(p.nameNorm),
  probeKeys: probeBlockKeys(p.nameNorm),
}));
const db =
  args.backend === 'pglite' ? await openPglite(args.dir || undefined) : await openPostgres();
if (db.kind === 'postgres') await db.exec('SET jit = off');

const quantile = (sorted, q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
const results = [];
for (const name of args.strategies.split(',')) {
  const strategy = makeStrategy(name);
  for (const setting of strategy.settings) await db.exec(setting);
  if (args.explain) {
    const plan = await db.query(
      `EXPLAIN (ANALYZE, BUFFERS) ${strategy.sql}`,
      strategy.params(probes[0]),
    );
    console.error(`--- ${name}\n${plan.rows.map((r) => r['QUERY PLAN']).join('\n')}`);
  }
  const run = async (probe) => {
    const start = performance.now();
    const result = await db.query(strategy.sql, strategy.params(probe), `q${results.length}`);
    return { ms: performance.now() - start, ids: result.rows.map((r) => Number(r.id)) };
  };
  for (const probe of probes) await run(probe);
  const times = [];
  const outcome = [];
  const cpuStart = { client: process.cpuUsage(), server: await serverCpuMs(db) };
  for (let round = 0; round < Number(args.rounds); round += 1) {
    for (const probe of probes) {
      const { ms, ids } = await run(probe);
      times.push(ms);
      if (round === 0) outcome.push({ probe, ids });
    }
  }
  const client = process.cpuUsage(cpuStart.client);
  const serverMs = (await serverCpuMs(db)) - cpuStart.server;
  const cpuPerQuery = ((client.user + client.system) / 1000 + serverMs) / times.length;
  if (args.slowest) {
    const slow = outcome
      .map((o, i) => ({ ...o, ms: times[i] }))
      .sort((a, b) => b.ms - a.ms)
      .slice(0, Number(args.slowest));
    for (const o of slow)
      console.error(
        `  slow ${o.ms.toFixed(1)} ms ${o.probe.kind} ${JSON.stringify(o.probe.nameNorm)} keys ${o.probe.probeKeys.length} rows ${o.ids.length}`,
      );
  }
  if (args.misses) {
    for (const o of outcome.filter(
      (x) => x.probe.expectId !== null && !x.ids.includes(x.probe.expectId),
    ))
      console.error(
        `  miss ${o.probe.kind} ${JSON.stringify(o.probe.nameNorm)} <- ${JSON.stringify(o.probe.source)}`,
      );
  }
  times.sort((a, b) => a - b);
  const byKind = {};
  for (const kind of MATCH_KINDS) {
    const own = outcome.filter((o) => o.probe.kind === kind);
    byKind[kind] = own.filter((o) => o.ids.includes(o.probe.expectId)).length / own.length;
  }
  const matches = outcome.filter((o) => o.probe.expectId !== null);
  const fresh = outcome.filter((o) => o.probe.expectId === null);
  const result = {
    strategy: name,
    backend: db.kind,
    rows,
    samples: times.length,
    loadAverage: loadavg()[0],
    cpuMsPerQuery: cpuPerQuery,
    p50: quantile(times, 0.5),
    p95: quantile(times, 0.95),
    p99: quantile(times, 0.99),
    recall: matches.filter((o) => o.ids.includes(o.probe.expectId)).length / matches.length,
    freshFlagged: fresh.filter((o) => o.ids.length > 0).length / fresh.length,
    meanRows: outcome.reduce((n, o) => n + o.ids.length, 0) / outcome.length,
    byKind,
  };
  results.push(result);
  if (!args.json) {
    const kinds = Object.entries(byKind)
      .map(([k, v]) => `${k} ${(v * 100).toFixed(0)}`)
      .join(' ');
    console.info(
      `${name.padEnd(18)} p50 ${result.p50.toFixed(2)} p95 ${result.p95.toFixed(2)} p99 ${result.p99.toFixed(2)} ms | ` +
        `recall ${(result.recall * 100).toFixed(1)}% fresh-flagged ${(result.freshFlagged * 100).toFixed(1)}% rows/probe ${result.meanRows.toFixed(1)} | ${kinds} | load ${result.loadAverage.toFixed(1)} cpu/query ${result.cpuMsPerQuery.toFixed(2)} ms`,
    );
  }
}
if (args.json) console.info(JSON.stringify(results, null, 1));
await db.close();
