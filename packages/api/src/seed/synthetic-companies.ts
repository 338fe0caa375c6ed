/**
 * Deterministic, pronounceable company names, so the trigram index sees a spread of real-ish
 * words rather than numbers, and every run measures the same data.
 */
const SYLLABLES = [
  'al',
  'an',
  'ar',
  'ba',
  'be',
  'bri',
  'ca',
  'cor',
  'da',
  'del',
  'do',
  'el',
  'en',
  'fa',
  'fen',
  'ga',
  'gra',
  'ha',
  'hel',
  'in',
  'ka',
  'kor',
  'la',
  'len',
  'lo',
  'ma',
  'mer',
  'mi',
  'na',
  'nor',
  'o',
  'pa',
  'per',
  'qua',
  'ra',
  'ren',
  'ri',
  'sa',
  'sel',
  'so',
  'ta',
  'ter',
  'tri',
  'u',
  'va',
  'ven',
  'vi',
  'wa',
  'xe',
  'za',
];
const TRADES = [
  'Systems',
  'Logistics',
  'Foods',
  'Energy',
  'Consulting',
  'Retail',
  'Health',
  'Media',
  'Robotics',
  'Textiles',
  'Analytics',
  'Finance',
  'Labs',
  'Motors',
  'Pharma',
  'Software',
];
const FORMS = ['GmbH', 'AG', 'Inc.', 'Ltd', 'SAS', 'S.L.', 'B.V.', 'LLC', ''];

/** mulberry32: small, fast and good enough to spread names. */
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

function pick<T>(next: () => number, items: readonly T[]): T {
  return items[Math.floor(next() * items.length)]!;
}

function word(next: () => number): string {
  const length = 2 + Math.floor(next() * 2);
  let text = '';
  for (let i = 0; i < length; i++) text += pick(next, SYLLABLES);
  return text[0]!.toUpperCase() + text.slice(1);
}

export interface Company {
  name: string;
  domain: string;
}

/** The `index`-th company; a base-36 tag keeps names unique without dominating the trigrams. */
export function company(next: () => number, index: number): Company {
  const core = `${word(next)} ${word(next)}`;
  const tag = index.toString(36);
  const name = `${core} ${pick(next, TRADES)} ${tag} ${pick(next, FORMS)}`.trim();
  const domain = `${core.toLowerCase().replace(/\s+/g, '-')}-${tag}.example`;
  return { name, domain };
}

/** A one-letter typo of a name, as a partner might type it. */
export function typo(next: () => number, name: string): string {
  const at = 1 + Math.floor(next() * (name.length - 2));
  return name.slice(0, at) + name.slice(at + 1);
}
