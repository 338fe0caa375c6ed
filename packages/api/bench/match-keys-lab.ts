/**
 * The match keys against the naive query without a database, on many more pairs than
 * `pnpm bench` can afford: for each seeded name and each labelled kind, does the naive query's
 * predicate (pg_trgm similarity ≥ its threshold) hold, and does our check find the pair (the
 * same normalised name, or a shared key and what `similarTo` asks of the two names)?
 * It also sums how many stored keys a new company's lookup meets in an index of `--index`
 * names, the candidate rows a check must score. Tuning the keys trades one against the other.
 *
 *   pnpm bench:keys [--pairs N] [--index N]
 */
import { probeMatchKeys, storedMatchKeys } from '../src/deals/match-keys.js';
import { normalizeCompanyName } from '../src/deals/normalize.js';
import { random, uniqueCompanies } from '../src/seed/synthetic-companies.js';
import { NAIVE_THRESHOLD } from './checks.js';
import { nearDuplicateNames } from './near-duplicates.js';
import { VARIANTS } from './probes.js';
import { similarity } from './trigram-similarity.js';

function option(name: string, fallback: number): number {
  const at = process.argv.indexOf(`--${name}`);
  const value = at < 0 ? fallback : Number(process.argv[at + 1]);
  if (!Number.isInteger(value) || value < 1) throw new Error(`--${name} takes a positive integer`);
  return value;
}

const pairs = option('pairs', 20_000);
const indexSize = Math.max(option('index', 200_000), pairs);
const names = uniqueCompanies(random(11));
const sources: string[] = [];
const postings = new Map<string, number>();
for (let i = 0; i < indexSize; i++) {
  const { name } = names.next().value;
  if (i < pairs) sources.push(name);
  for (const key of storedMatchKeys(normalizeCompanyName(name))) {
    postings.set(key, (postings.get(key) ?? 0) + 1);
  }
}

console.info(
  `${pairs.toLocaleString('en-US')} pairs per kind; naive = similarity ≥ ${NAIVE_THRESHOLD}`,
);
console.info('kind          naive finds   ours finds   naive only   ours only');
const count = (n: number, width: number) => String(n).padStart(width);
for (const [kind, variant] of Object.entries(VARIANTS)) {
  const next = random(7);
  let naive = 0;
  let ours = 0;
  let naiveOnly = 0;
  let oursOnly = 0;
  for (const name of sources) {
    const source = normalizeCompanyName(name);
    const probe = normalizeCompanyName(variant(next, name));
    const byNaive = similarity(source, probe) >= NAIVE_THRESHOLD;
    // The check also matches the normalised name exactly, whatever its keys.
    const stored = new Set(storedMatchKeys(source));
    const byOurs =
      probe === source ||
      (probeMatchKeys(probe).some((key) => stored.has(key)) && nearDuplicateNames(source, probe));
    naive += Number(byNaive);
    ours += Number(byOurs);
    naiveOnly += Number(byNaive && !byOurs);
    oursOnly += Number(byOurs && !byNaive);
  }
  const share = naive === 0 ? 0 : (naiveOnly / naive) * 100;
  console.info(
    `${kind.padEnd(13)} ${count(naive, 11)} ${count(ours, 12)} ${count(naiveOnly, 8)} (${share.toFixed(2)} %) ${count(oursOnly, 9)}`,
  );
}

const fresh = uniqueCompanies(random(99));
const met: number[] = [];
for (let i = 0; i < 5000; i++) {
  const keys = probeMatchKeys(normalizeCompanyName(fresh.next().value.name));
  met.push(keys.reduce((sum, key) => sum + (postings.get(key) ?? 0), 0));
}
met.sort((a, b) => a - b);
const at = (q: number) => met[Math.floor(met.length * q)]!;
console.info(
  `New companies' lookups over ${indexSize.toLocaleString('en-US')} names meet ${(met.reduce((a, b) => a + b) / met.length).toFixed(0)} stored keys on average, p95 ${at(0.95)}, p99 ${at(0.99)}.`,
);
