import {
  BRAND_ENDINGS,
  COUNTRIES,
  DESCRIPTIVE,
  GENERIC_TAILS,
  SECTORS,
  SURNAMES,
  SYLLABLES,
} from '../../../src/seed/company-words.ts';
import { normalizeName } from './normalize.mjs';

const capitalize = (word) => word.charAt(0).toUpperCase() + word.slice(1);

function coinedBrand(random) {
  let word = '';
  const syllables = 2 + random.int(2);
  for (let i = 0; i < syllables; i += 1) word += random.pick(SYLLABLES);
  return capitalize(word + random.pick(BRAND_ENDINGS));
}

// Weighted name shapes; the weights roughly follow what CRM account lists look like.
const SHAPES = [
  [0.22, (r) => `${capitalize(r.pick(SURNAMES))} ${capitalize(r.pick(SECTORS))}`],
  [0.08, (r) => `${capitalize(r.pick(SURNAMES))} & ${capitalize(r.pick(SURNAMES))}`],
  [0.2, (r) => coinedBrand(r)],
  [0.12, (r) => `${coinedBrand(r)} ${capitalize(r.pick(SECTORS))}`],
  [
    0.18,
    (r) =>
      `${capitalize(r.pick(DESCRIPTIVE))} ${capitalize(r.pick(DESCRIPTIVE))} ${capitalize(r.pick(SECTORS))}`,
  ],
  [
    0.1,
    (r) =>
      `${capitalize(r.pick(DESCRIPTIVE))} ${capitalize(r.pick(SECTORS))} ${capitalize(r.pick(GENERIC_TAILS))}`,
  ],
  [
    0.05,
    (r) =>
      `${capitalize(r.pick(SURNAMES))} ${capitalize(r.pick(DESCRIPTIVE))} ${capitalize(r.pick(SECTORS))}`,
  ],
  [
    0.05,
    (r) =>
      Array.from({ length: 3 }, () => String.fromCharCode(65 + r.int(26))).join('') +
      ` ${capitalize(r.pick(SECTORS))}`,
  ],
];

function baseName(random) {
  let roll = random.next();
  for (const [weight, make] of SHAPES) {
    if (roll < weight) return make(random);
    roll -= weight;
  }
  return SHAPES[0][1](random);
}

export function domainFor(nameNorm, tld, random) {
  const words = nameNorm.split(' ').filter((w) => w !== 'and');
  const label =
    words.length > 1 && random.chance(0.3)
      ? words.join('-')
      : words.length > 2 && random.chance(0.3)
        ? words.slice(0, 2).join('')
        : words.join('');
  return `${label}.${random.chance(0.6) ? tld : 'com'}`;
}

// One company as a partner would type it: display name with a legal suffix, a website, a country.
export function makeCompany(random) {
  const country = random.pick(COUNTRIES);
  const base = baseName(random);
  const name = random.chance(0.85) ? `${base} ${random.pick(country.suffixes)}` : base;
  const nameNorm = normalizeName(name);
  return { name, nameNorm, country, domain: domainFor(nameNorm, country.tld, random) };
}

// Unique by normalised name and by domain, so each labelled probe has exactly one true source.
export function* uniqueCompanies(random, seen = { names: new Set(), domains: new Set() }) {
  for (;;) {
    const company = makeCompany(random);
    if (seen.names.has(company.nameNorm) || seen.domains.has(company.domain)) continue;
    seen.names.add(company.nameNorm);
    seen.domains.add(company.domain);
    yield company;
  }
}
