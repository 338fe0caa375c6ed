// Mirrors the API's normalisation (H2's src/deals/normalize.ts) so that lab figures transfer:
// name_norm = lower case, accents and punctuation stripped, `&` -> and, trailing legal suffixes removed.

const LEGAL_SUFFIXES = new Set(
  (
    'inc incorporated llc llp lp ltd limited plc corp corporation co company gmbh ag kg ug mbh ohg ' +
    'sa sas sarl sl spa srl sro bv nv oy oyj ab as asa aps kk pty pvt ltda sapi cv de sp z oo and'
  ).split(' '),
);

// Generic company words carry little identity and make trigram posting lists long; they are
// dropped for name_key only (name_norm keeps them for display and exact-name rules).
const GENERIC_WORDS = new Set(
  (
    'the and of for de del la le les der die das und et y e di da do van von ' +
    'group gruppe groupe grupo gruppo holding holdings solutions solution systems system services service ' +
    'technologies technology tech global international intl consulting consultants partners partner ' +
    'industries industry enterprises enterprise labs lab software digital networks network logistics ' +
    'logistik trading company companies associates asociados associes sons brothers ' +
    'management consulting conseil beratung servicios servizi technik technologie tecnologia ' +
    'analytics cloud data media capital ventures works studio studios'
  ).split(' '),
);

export function normalizeName(raw) {
  const words = raw
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/ß/g, 'ss')
    .replace(/&/g, ' and ')
    .replace(/\.(?=[a-z]\b)/g, '')
    .replace(/[./]/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .split(' ')
    .filter(Boolean);
  while (words.length > 1 && LEGAL_SUFFIXES.has(words[words.length - 1])) words.pop();
  return words.join(' ');
}

export function nameKey(nameNorm) {
  const distinctive = nameNorm.split(' ').filter((word) => !GENERIC_WORDS.has(word));
  return distinctive.length > 0 ? distinctive.join(' ') : nameNorm;
}

export function normalizeDomain(raw) {
  if (!raw) return '';
  return raw
    .trim()
    .toLowerCase()
    .replace(/^[a-z][a-z0-9+.-]*:\/\//, '')
    .replace(/[/?#].*$/, '')
    .replace(/:\d+$/, '')
    .replace(/\.$/, '')
    .replace(/^www\./, '');
}
