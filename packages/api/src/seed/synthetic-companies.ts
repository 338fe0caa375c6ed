import { normalizeCompanyName } from '../deals/normalize.js';
import {
  BRAND_ENDINGS,
  COUNTRIES,
  DESCRIPTIVE,
  GENERIC_TAILS,
  SECTORS,
  SURNAMES,
  SYLLABLES,
} from './company-words.js';

/** mulberry32: small, fast and good enough to spread names; every run builds the same rows. */
export function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

export function pick<T>(next: () => number, items: readonly T[]): T {
  return items[Math.floor(next() * items.length)]!;
}

const capitalize = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);
const title = (next: () => number, words: readonly string[]) => capitalize(pick(next, words));

function coinedBrand(next: () => number): string {
  let word = '';
  const syllables = 2 + Math.floor(next() * 2);
  for (let i = 0; i < syllables; i++) word += pick(next, SYLLABLES);
  return capitalize(word + pick(next, BRAND_ENDINGS));
}

type Shape = readonly [weight: number, make: (next: () => number) => string];

/** Weighted name shapes, roughly as CRM account lists look. */
const SHAPES: readonly Shape[] = [
  [0.22, (n) => `${title(n, SURNAMES)} ${title(n, SECTORS)}`],
  [0.08, (n) => `${title(n, SURNAMES)} & ${title(n, SURNAMES)}`],
  [0.2, (n) => coinedBrand(n)],
  [0.12, (n) => `${coinedBrand(n)} ${title(n, SECTORS)}`],
  [0.18, (n) => `${title(n, DESCRIPTIVE)} ${title(n, DESCRIPTIVE)} ${title(n, SECTORS)}`],
  [0.1, (n) => `${title(n, DESCRIPTIVE)} ${title(n, SECTORS)} ${title(n, GENERIC_TAILS)}`],
  [0.05, (n) => `${title(n, SURNAMES)} ${title(n, DESCRIPTIVE)} ${title(n, SECTORS)}`],
  [
    0.05,
    (n) =>
      `${Array.from({ length: 3 }, () => String.fromCharCode(65 + Math.floor(n() * 26))).join('')} ${title(n, SECTORS)}`,
  ],
];

function baseName(next: () => number): string {
  let roll = next();
  for (const [weight, make] of SHAPES) {
    if (roll < weight) return make(next);
    roll -= weight;
  }
  return SHAPES[0]![1](next);
}

export interface Company {
  name: string;
  domain: string;
}

export interface SyntheticCompanyName extends Company {
  nameNorm: string;
}

function domainFor(next: () => number, nameNorm: string, tld: string): string {
  const words = nameNorm.split(' ').filter((word) => word !== 'and');
  const label =
    words.length > 1 && next() < 0.3
      ? words.join('-')
      : words.length > 2 && next() < 0.3
        ? words.slice(0, 2).join('')
        : words.join('');
  // Under `.example` (RFC 2606): generated data must never name a real company's site.
  return `${label}.${next() < 0.6 ? tld : 'com'}.example`;
}

/** One company as a partner would type it: a name, mostly with its country's legal form, a site. */
export function company(next: () => number): SyntheticCompanyName {
  const country = pick(next, COUNTRIES);
  const base = baseName(next);
  const name = next() < 0.85 ? `${base} ${pick(next, country.suffixes)}` : base;
  const nameNorm = normalizeCompanyName(name);
  return { name, nameNorm, domain: domainFor(next, nameNorm, country.tld) };
}

/**
 * Companies unique by normalised name and by domain among those `seen`, so every labelled
 * near-duplicate has exactly one true source. Shared words, surnames and sectors repeat as in
 * real account lists; that is what makes a duplicate check slow at a million rows.
 */
export function* uniqueCompanies(
  next: () => number,
  seen: { names: Set<string>; domains: Set<string> } = { names: new Set(), domains: new Set() },
): Generator<SyntheticCompanyName, never> {
  for (;;) {
    const candidate = company(next);
    if (seen.names.has(candidate.nameNorm) || seen.domains.has(candidate.domain)) continue;
    seen.names.add(candidate.nameNorm);
    seen.domains.add(candidate.domain);
    yield candidate;
  }
}
