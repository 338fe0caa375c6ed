import type { BackendChoice } from './args.js';

/**
 * The issues' speed targets (4: deal registration, 16: MDF); each applies only at the row
 * count it names (deals, or partners for the MDF balance).
 */
export interface Target {
  backend: BackendChoice;
  rows: number;
  figure: 'checkP95' | 'postRequestsPerSecond' | 'postP99' | 'mdfBalanceP95';
  /** `max`: the figure must not exceed `limit`; `min`: it must reach it. */
  bound: 'max' | 'min';
  limit: number;
  text: string;
}

export const TARGETS: Target[] = [
  {
    backend: 'postgres',
    rows: 1_000_000,
    figure: 'checkP95',
    bound: 'max',
    limit: 10,
    text: '≤ 10 ms at 1M',
  },
  {
    backend: 'pglite',
    rows: 100_000,
    figure: 'checkP95',
    bound: 'max',
    limit: 5,
    text: '≤ 5 ms at 100k',
  },
  {
    backend: 'postgres',
    rows: 100_000,
    figure: 'postRequestsPerSecond',
    bound: 'min',
    limit: 1000,
    text: '≥ 1,000 at 100k',
  },
  {
    backend: 'postgres',
    rows: 100_000,
    figure: 'postP99',
    bound: 'max',
    limit: 50,
    text: '≤ 50 ms at 100k',
  },
  {
    backend: 'pglite',
    rows: 100_000,
    figure: 'postRequestsPerSecond',
    bound: 'min',
    limit: 300,
    text: '≥ 300 at 100k',
  },
  {
    backend: 'postgres',
    rows: 1000,
    figure: 'mdfBalanceP95',
    bound: 'max',
    limit: 5,
    text: '≤ 5 ms at 1,000 partners',
  },
];

export type Verdict = 'met' | 'missed' | 'n/a at this size' | 'no target';

export interface Judged {
  target: string;
  verdict: Verdict;
}

export function judge(
  backend: BackendChoice,
  rows: number,
  figure: Target['figure'],
  value: number,
): Judged {
  const target = TARGETS.find((t) => t.backend === backend && t.figure === figure);
  if (!target) return { target: '—', verdict: 'no target' };
  if (target.rows !== rows) return { target: target.text, verdict: 'n/a at this size' };
  const met = target.bound === 'max' ? value <= target.limit : value >= target.limit;
  return { target: target.text, verdict: met ? 'met' : 'missed' };
}
