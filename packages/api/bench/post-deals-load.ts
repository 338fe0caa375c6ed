import type { CustomFieldValues, DealInput } from '@partnerkit/contracts';
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { random, uniqueCompanies } from '../src/seed/synthetic-companies.js';

/** What a load is: where to send what, and for how long. */
export interface LoadPlan {
  base: string;
  duration: number;
  connections: number;
  sessions: { token: string; country: string }[];
  productId: string;
  currency: string;
  customFields: CustomFieldValues;
  /** Seeds the customers' names: a warm-up and the measured run register different companies. */
  seed: number;
}

export interface LoadResult {
  requestsPerSecond: number;
  p50: number;
  p99: number;
  total: number;
  non2xx: number;
  errors: number;
}

/** More requests a second than this API has come near on two cores: the file never runs out. */
const MAX_RATE = 4000;
const SCRIPT = fileURLToPath(new URL('./post-deals.lua', import.meta.url));

/** wrk's report, as `done` in post-deals.lua prints it. */
interface WrkReport {
  requests: number;
  durationUs: number;
  p50Us: number;
  p99Us: number;
  status: number;
  socket: number;
  timeout: number;
}

/** One line per request: the session token and the body, each a new company. */
function requestLines(plan: LoadPlan, count: number): string {
  const customers = uniqueCompanies(random(plan.seed));
  const lines: string[] = [];
  for (let i = 0; i < count; i++) {
    const session = plan.sessions[i % plan.sessions.length]!;
    const customer = customers.next().value;
    const body: DealInput = {
      company: { name: customer.name, domain: customer.domain, country: session.country },
      contact: { name: 'Load Test', email: 'load@bench.example' },
      products: [plan.productId],
      amount: { value: 1_000_000, currency: plan.currency },
      expectedCloseDate: '2027-06-30',
      dealType: 'new',
      coSell: false,
      customFields: plan.customFields,
    };
    lines.push(`${session.token}\t${JSON.stringify(body)}`);
  }
  return `${lines.join('\n')}\n`;
}

/** A load whose requests are written: `run` sends them, and nothing else runs meanwhile. */
export interface PreparedLoad {
  run(): Promise<LoadResult>;
  dispose(): void;
}

/**
 * Writes the requests of a load for wrk (Debian's `wrk` package), a load generator in C: on a
 * machine whose two cores the API and its database share with the load, it takes an eighth of the
 * CPU per request that autocannon, in Node, took (0.05 against 0.35–0.4 ms), so the figures are
 * the API's. Every request registers a new company, so each one runs the rules and inserts.
 */
export function prepareLoad(plan: LoadPlan): PreparedLoad {
  const dir = mkdtempSync(join(tmpdir(), 'partnerkit-load-'));
  const file = join(dir, 'requests.tsv');
  const count = plan.duration * MAX_RATE;
  writeFileSync(file, requestLines(plan, count));
  return {
    async run() {
      const args = ['-t1', `-c${plan.connections}`, `-d${plan.duration}s`, '--timeout', '10s'];
      const { stdout } = await promisify(execFile)('wrk', [
        ...args,
        '-s',
        SCRIPT,
        plan.base,
        '--',
        file,
      ]).catch((error: NodeJS.ErrnoException) => {
        if (error.code !== 'ENOENT') throw error;
        throw new Error('The POST benchmark needs wrk: apt-get install wrk');
      });
      const report = JSON.parse(stdout.trim().split('\n').at(-1)!) as WrkReport;
      if (report.requests > count) throw new Error(`wrk sent more than the ${count} requests`);
      return {
        requestsPerSecond: report.requests / (report.durationUs / 1e6),
        p50: report.p50Us / 1000,
        p99: report.p99Us / 1000,
        total: report.requests,
        non2xx: report.status,
        errors: report.socket + report.timeout,
      };
    },
    dispose: () => rmSync(dir, { recursive: true, force: true }),
  };
}
