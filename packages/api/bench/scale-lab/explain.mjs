// Usage: node explain.mjs --probes FILE --strategy naive@0.5 --kinds fresh,typo2 [--n 2]
import { readFileSync } from 'node:fs';
import { parseArgs } from './src/args.mjs';
import { openPostgres } from './src/db.mjs';
import { nameKey } from './src/normalize.mjs';
import { strategy as makeStrategy } from './src/strategies.mjs';

const args = parseArgs(process.argv.slice(2), { kinds: 'fresh', n: 2 });
const { probes } = JSON.parse(readFileSync(args.probes, 'utf8'));
const db = await openPostgres();
const strategy = makeStrategy(args.strategy);
for (const setting of strategy.settings) await db.exec(setting);
for (const kind of args.kinds.split(',')) {
  for (const probe of probes.filter((p) => p.kind === kind).slice(0, Number(args.n))) {
    const plan = await db.query(
      `EXPLAIN (ANALYZE, BUFFERS) ${strategy.sql}`,
      strategy.params({ ...probe, nameKey: nameKey(probe.nameNorm) }),
    );
    console.info(
      `--- ${kind} ${JSON.stringify(probe.nameNorm)}\n${plan.rows.map((r) => r['QUERY PLAN']).join('\n')}`,
    );
  }
}
await db.close();
