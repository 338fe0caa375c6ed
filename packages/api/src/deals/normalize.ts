/**
 * Legal-form words that say nothing about which company is meant. They are written here after
 * the punctuation pass, so `S.A.` is `sa`, `S.p.A.` is `spa`, `K.K.` is `kk` and `Sp. z o.o.`
 * is the token run `sp z oo` (and `A/S` is `a s`).
 */
const LEGAL_SUFFIXES = new Set([
  // English-speaking countries
  'inc',
  'incorporated',
  'llc',
  'llp',
  'lp',
  'ltd',
  'limited',
  'plc',
  'corp',
  'corporation',
  'co',
  'company',
  'pty',
  'pvt',
  'pte',
  // German-speaking countries
  'gmbh',
  'ag',
  'kg',
  'kgaa',
  'ug',
  'haftungsbeschrankt',
  'mbh',
  'ohg',
  'gbr',
  'ev',
  // French, Spanish, Italian, Portuguese
  'sa',
  'sas',
  'sasu',
  'sarl',
  'sl',
  'slu',
  'spa',
  'srl',
  'sapa',
  'lda',
  'ltda',
  'sca',
  // Benelux, Nordics, Central Europe
  'bv',
  'nv',
  'oy',
  'oyj',
  'ab',
  'as',
  'asa',
  'aps',
  'sro',
  'kft',
  'zrt',
  'se',
  // Asia-Pacific, Latin America
  'kk',
  'sdn',
  'bhd',
  'cv',
  'sab',
  'sapi',
]);

/**
 * Multi-token legal forms, matched at the end of the name before single tokens are stripped.
 * Mexico's `de C.V.` (variable capital) follows any form: `S.A. de C.V.`, `S.A.P.I. de C.V.`,
 * `S. de R.L. de C.V.`; it goes first, then the form before it. Only the whole `Private Limited`
 * is a legal form: `private` alone is a word of the name (`Private Bank`).
 */
const LEGAL_SUFFIX_RUNS = [
  ['sp', 'z', 'oo'],
  ['de', 'cv'],
  ['s', 'de', 'rl'],
  ['private', 'limited'],
  ['a', 's'],
  ['a', 'g'],
];

/** Joins single letters spelt with spaces between dots (`s. a.`) before the dots go. */
const DOTTED_INITIALS = /\b(\p{L})\.\s*(?=\p{L}\.)/gu;

function endsWith(tokens: string[], run: string[]): boolean {
  if (tokens.length <= run.length) return false;
  return run.every((token, index) => tokens[tokens.length - run.length + index] === token);
}

function stripLegalSuffixes(tokens: string[]): string[] {
  const rest = [...tokens];
  for (;;) {
    const run = LEGAL_SUFFIX_RUNS.find((candidate) => endsWith(rest, candidate));
    if (run) {
      rest.length -= run.length;
      continue;
    }
    const last = rest[rest.length - 1];
    // `GmbH & Co. KG`: the `and` only goes together with a legal form that followed it.
    if (rest.length > 1 && last !== undefined && LEGAL_SUFFIXES.has(last)) {
      rest.pop();
      if (rest.length > 1 && rest[rest.length - 1] === 'and') rest.pop();
      continue;
    }
    return rest;
  }
}

/**
 * The form of a company name that registrations are compared on: no case, accents,
 * punctuation or legal form, `&` spelt `and`, single spaces. `Müller & Söhne GmbH` and
 * `MULLER AND SOHNE` both become `muller and sohne`. A name made only of a legal form keeps it.
 */
export function normalizeCompanyName(name: string): string {
  const folded = name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/ß/g, 'ss')
    .replace(/ø/g, 'o')
    .replace(/æ/g, 'ae')
    .replace(/œ/g, 'oe')
    .replace(/ł/g, 'l')
    .replace(/&/g, ' and ')
    .replace(/\+/g, ' and ')
    .replace(DOTTED_INITIALS, '$1')
    .replace(/['’`.]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
  const tokens = folded.split(' ').filter((token) => token.length > 0);
  const leading = tokens[0] === 'the' && tokens.length > 1 ? tokens.slice(1) : tokens;
  return stripLegalSuffixes(leading).join(' ');
}

/**
 * The host a website or domain names: no scheme, credentials, `www.`, port, path, query,
 * fragment or trailing dot, lower case. Punycode (`xn--…`) is kept as it is.
 */
export function normalizeDomain(input: string): string {
  let host = input.trim().toLowerCase();
  host = host.replace(/^[a-z][a-z0-9+.-]*:\/\//, '');
  host = host.replace(/^\/\//, '');
  host = host.split(/[/?#]/, 1)[0] ?? '';
  host = host.replace(/^[^@]*@/, '');
  host = host.replace(/:\d*$/, '');
  host = host.replace(/\.+$/, '');
  host = host.replace(/^www\./, '');
  return host;
}
