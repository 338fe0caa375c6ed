import { COUNTRIES } from '../src/seed/company-words.js';
import type { DemoSeedResult } from '../src/seed/demo.js';
import { pick, random, uniqueCompanies } from '../src/seed/synthetic-companies.js';
import type { SyntheticCompany } from '../src/seed/synthetic-deals.js';
import type { Probe } from './checks.js';

/** How a labelled probe differs from the registration it must be matched to (the scale lab's). */
export const MATCH_KINDS = [
  'suffix_swap',
  'case',
  'typo1',
  'typo2',
  'reorder',
  'missing_word',
  'domain_only',
] as const;
export type MatchKind = (typeof MATCH_KINDS)[number];

export interface LabelledProbe {
  kind: MatchKind | 'fresh';
  probe: Probe;
  /** The deal it must find; `null` for a company never registered. */
  expectId: string | null;
}

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';
const SUFFIXES = [...new Set(COUNTRIES.flatMap((country) => country.suffixes))].sort(
  (a, b) => b.length - a.length,
);

function withoutSuffix(name: string): { base: string; suffix: string } {
  const suffix = SUFFIXES.find((candidate) => name.endsWith(` ${candidate}`));
  return suffix ? { base: name.slice(0, -suffix.length - 1), suffix } : { base: name, suffix: '' };
}

/** One edit (substitute, delete, insert, transpose) at a letter after the first. */
function typo(next: () => number, text: string): string {
  const positions = [...text].flatMap((c, i) => (i > 0 && /\p{L}/u.test(c) ? [i] : []));
  if (positions.length < 2) return text + pick(next, [...LETTERS]);
  const at = pick(next, positions);
  switch (Math.floor(next() * 4)) {
    case 0:
      return text.slice(0, at) + pick(next, [...LETTERS]) + text.slice(at + 1);
    case 1:
      return text.slice(0, at) + text.slice(at + 1);
    case 2:
      return text.slice(0, at) + pick(next, [...LETTERS]) + text.slice(at);
    default:
      return at + 1 < text.length
        ? text.slice(0, at) + text[at + 1]! + text[at]! + text.slice(at + 2)
        : text.slice(0, at);
  }
}

const joined = (base: string, suffix: string) => `${base} ${suffix}`.trim();

/** How each kind but `domain_only` rewrites a seeded name. */
export const VARIANTS: Record<
  Exclude<MatchKind, 'domain_only'>,
  (next: () => number, name: string) => string
> = {
  suffix_swap: (next, name) => `${withoutSuffix(name).base} ${pick(next, SUFFIXES)}`,
  case: (next, name) =>
    (next() < 0.5 ? name.toUpperCase() : name.toLowerCase().replace(/ /g, '  ')) +
    (next() < 0.5 ? ',' : ''),
  typo1: (next, name) => {
    const { base, suffix } = withoutSuffix(name);
    return joined(typo(next, base), suffix);
  },
  typo2: (next, name) => {
    const { base, suffix } = withoutSuffix(name);
    return joined(typo(next, typo(next, base)), suffix);
  },
  reorder: (_, name) => {
    const words = withoutSuffix(name).base.split(' ');
    return [...words.slice(1), words[0]].join(' ');
  },
  missing_word: (next, name) => {
    const words = withoutSuffix(name).base.split(' ');
    words.splice(1 + Math.floor(next() * (words.length - 1)), 1);
    return words.join(' ');
  },
};

const multiWord = (row: SyntheticCompany) => withoutSuffix(row.name).base.includes(' ');

/**
 * Labelled probes, the same kinds in equal shares, each a variant of a seeded registration that
 * still holds, submitted by another partner (so the fuzzy rule applies), plus `fresh` companies
 * the seed never produced. With one seed, every run and every backend answers the same probes.
 */
export function labelledProbes(
  demo: DemoSeedResult,
  seeded: SyntheticCompany[],
  perKind: number,
  fresh: number,
  seed: number,
): LabelledProbe[] {
  const next = random(seed);
  const holding = seeded.filter((row) => row.holds);
  const seen = {
    names: new Set(seeded.map((row) => row.nameNorm)),
    domains: new Set(seeded.map((row) => row.domain)),
  };
  const newCompanies = uniqueCompanies(random(seed + 1), seen);
  const otherPartner = (row: SyntheticCompany) =>
    demo.partners.find((partner) => partner.id !== row.partnerId)!.id;
  const freshDomain = (i: number) => `probe-${seed}-${i}.example`;
  const probes: LabelledProbe[] = [];
  for (const kind of MATCH_KINDS) {
    const pool =
      kind === 'reorder' || kind === 'missing_word' ? holding.filter(multiWord) : holding;
    for (let n = 0; n < perKind; n++) {
      const source = pick(next, pool);
      const partnerId = otherPartner(source);
      const company =
        kind === 'domain_only'
          ? { name: newCompanies.next().value.name, domain: `https://www.${source.domain}/` }
          : { name: VARIANTS[kind](next, source.name), domain: freshDomain(probes.length) };
      probes.push({ kind, probe: { company, partnerId }, expectId: source.id });
    }
  }
  for (let n = 0; n < fresh; n++) {
    const { name, domain } = newCompanies.next().value;
    probes.push({
      kind: 'fresh',
      probe: { company: { name, domain }, partnerId: pick(next, demo.partners).id },
      expectId: null,
    });
  }
  return probes;
}
