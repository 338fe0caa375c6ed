export type BackendChoice = 'pglite' | 'postgres';

export interface BenchOptions {
  rows: number;
  backends: BackendChoice[];
  /** Duplicate-check samples per backend. */
  samples: number;
  /** Seconds of POST load per backend. */
  duration: number;
  connections: number;
  /** Print one JSON object with every figure on stdout, progress on stderr. */
  json: boolean;
  /** Admin connection used to create (and drop) a throwaway database. */
  postgresUrl: string;
}

const USAGE = `pnpm bench [--rows N] [--backend pglite|postgres|both] [--samples N] [--duration S] [--json]
  --rows      deals seeded before measuring (default 100000)
  --backend   which database(s) to measure (default both)
  --samples   duplicate checks timed per backend (default 1000)
  --duration  seconds of POST /v1/deals load per backend, 10 connections (default 20)
  --json      print one JSON object with every figure on stdout (progress goes to stderr)
  Exits 1 when an issue-4 target that applies at this row count is missed, after writing.
  PostgreSQL: BENCH_DATABASE_URL, else TEST_DATABASE_URL, else the local partnerkit role; the
  benchmark creates its own throwaway database there and drops it afterwards.`;

/** `--flag value`, `--flag=value` and bare `--json`, by flag name; `--help` prints `usage`. */
export function readFlags(argv: string[], usage: string): Map<string, string> {
  const values = new Map<string, string>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--help' || arg === '-h') {
      console.info(usage);
      process.exit(0);
    }
    if (arg === '--json') {
      values.set('json', 'true');
      continue;
    }
    const [flag, inline] = arg.split('=', 2);
    if (!flag?.startsWith('--')) throw new Error(`Unexpected argument ${arg}\n${usage}`);
    values.set(flag.slice(2), inline ?? argv[++i] ?? '');
  }
  return values;
}

export function positiveInteger(values: Map<string, string>, name: string, fallback: number) {
  const raw = values.get(name);
  const value = raw === undefined ? fallback : Number(raw);
  if (!Number.isInteger(value) || value < 1) throw new Error(`--${name} takes a positive integer`);
  return value;
}

/** `--backend pglite|postgres|both`. */
export function backendChoices(
  values: Map<string, string>,
  usage: string,
  fallback: 'pglite' | 'postgres' | 'both',
): BackendChoice[] {
  const backend = values.get('backend') ?? fallback;
  if (!['pglite', 'postgres', 'both'].includes(backend)) {
    throw new Error(`--backend is pglite, postgres or both\n${usage}`);
  }
  return backend === 'both' ? ['pglite', 'postgres'] : [backend as BackendChoice];
}

/** The admin connection a benchmark creates its throwaway database with. */
export function benchPostgresUrl(): string {
  return (
    process.env.BENCH_DATABASE_URL ??
    process.env.TEST_DATABASE_URL ??
    'postgres://partnerkit:partnerkit@127.0.0.1:5432/partnerkit_test'
  );
}

export function parseArgs(argv: string[]): BenchOptions {
  const values = readFlags(argv, USAGE);
  const number = (name: string, fallback: number) => positiveInteger(values, name, fallback);
  return {
    rows: number('rows', 100_000),
    backends: backendChoices(values, USAGE, 'both'),
    samples: number('samples', 1000),
    duration: number('duration', 20),
    connections: 10,
    json: values.has('json'),
    postgresUrl: benchPostgresUrl(),
  };
}
