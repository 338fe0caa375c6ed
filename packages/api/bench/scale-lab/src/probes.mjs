import { COUNTRIES } from '../../../src/seed/company-words.ts';
import { normalizeDomain, normalizeName } from './normalize.mjs';

// A labelled probe: what a partner types (name, domain) and the row it must find (expectId),
// or expectId null when no row should match.
export const MATCH_KINDS = [
  'suffix_swap',
  'case',
  'typo1',
  'typo2',
  'reorder',
  'missing_word',
  'domain_only',
];

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

function stripSuffix(company) {
  return company.name.slice(0, company.name.length - suffixOf(company).length).trim();
}

function suffixOf(company) {
  const found = company.country.suffixes
    .filter((s) => company.name.endsWith(` ${s}`))
    .sort((a, b) => b.length - a.length)[0];
  return found ?? '';
}

// One edit (substitute, delete, insert, transpose) inside the distinctive part of the name.
function typo(text, random) {
  const positions = [...text].map((c, i) => (/[a-zà-ÿ]/i.test(c) ? i : -1)).filter((i) => i > 0);
  if (positions.length < 2) return text + random.pick(LETTERS);
  const at = random.pick(positions);
  switch (random.int(4)) {
    case 0:
      return text.slice(0, at) + random.pick(LETTERS) + text.slice(at + 1);
    case 1:
      return text.slice(0, at) + text.slice(at + 1);
    case 2:
      return text.slice(0, at) + random.pick(LETTERS) + text.slice(at);
    default:
      return at + 1 < text.length
        ? text.slice(0, at) + text[at + 1] + text[at] + text.slice(at + 2)
        : text.slice(0, at);
  }
}

function freshDomain(random, seen) {
  for (;;) {
    const domain = `${Math.floor(random.next() * 36 ** 8).toString(36)}-web.com`;
    if (!seen.domains.has(domain)) return domain;
  }
}

const VARIANTS = {
  suffix_swap: (c, r) => `${stripSuffix(c)} ${r.pick(r.pick(COUNTRIES).suffixes)}`,
  case: (c, r) =>
    (r.chance(0.5)
      ? c.name.toUpperCase()
      : c.name.toLowerCase().replace(/ /g, r.chance(0.5) ? '  ' : ' ')) +
    (r.chance(0.5) ? ',' : ''),
  typo1: (c, r) => `${typo(stripSuffix(c), r)} ${suffixOf(c)}`.trim(),
  typo2: (c, r) => `${typo(typo(stripSuffix(c), r), r)} ${suffixOf(c)}`.trim(),
  reorder: (c) => {
    const words = stripSuffix(c).split(' ');
    return [...words.slice(1), words[0]].join(' ');
  },
  missing_word: (c, r) => {
    const words = stripSuffix(c).split(' ');
    words.splice(1 + r.int(words.length - 1), 1);
    return words.join(' ');
  },
};

const multiWord = (c) => c.nameNorm.split(' ').length > 1;

/**
 * Builds `count` probes: equal shares of each match kind from sampled rows, and `freshShare`
 * of names the generator has never produced (should match nothing).
 */
export function buildProbes({ sources, companies, seen, random, count = 500, freshShare = 0.16 }) {
  const probes = [];
  const fresh = Math.round(count * freshShare);
  const perKind = Math.floor((count - fresh) / MATCH_KINDS.length);
  const pool = [...sources];
  const take = (filter) => {
    const index = pool.findIndex(filter);
    if (index < 0) throw new Error('probe source sample too small: raise sampleSize');
    return pool.splice(index, 1)[0];
  };
  for (const kind of MATCH_KINDS) {
    for (let i = 0; i < perKind; i += 1) {
      const needsWords = kind === 'reorder' || kind === 'missing_word';
      const source = take(needsWords ? multiWord : () => true);
      if (kind === 'domain_only') {
        const other = companies.next().value;
        const domain = `${random.chance(0.5) ? 'https://' : ''}www.${source.domain}${random.chance(0.5) ? '/' : ''}`;
        probes.push({ kind, name: other.name, domain, expectId: source.id, source: source.name });
        continue;
      }
      const name = VARIANTS[kind](source, random);
      const domain = random.chance(0.7) ? freshDomain(random, seen) : '';
      probes.push({ kind, name, domain, expectId: source.id, source: source.name });
    }
  }
  while (probes.length < count) {
    const other = companies.next().value;
    probes.push({
      kind: 'fresh',
      name: other.name,
      domain: other.domain,
      expectId: null,
      source: null,
    });
  }
  return probes.map((probe) => ({
    ...probe,
    nameNorm: normalizeName(probe.name),
    domainNorm: normalizeDomain(probe.domain),
  }));
}
