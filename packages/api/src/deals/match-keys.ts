/**
 * Blocking keys for the duplicate check. A registration stores `storedMatchKeys(name_norm)` in a
 * GIN-indexed column; a check looks up `probeMatchKeys(name_norm)` and scores only the rows that
 * share a key, so trigram similarity runs on tens of rows instead of every row that shares a
 * trigram: at a million registrations that is milliseconds instead of a tenth of a second
 * (BENCHMARKS.md; bench/scale-lab holds the designs that lost).
 *
 * Keys, over the distinctive words of a name (no filler words, no single letters, sorted):
 * - `p:a|b` two words in common: words reordered, one missing, one added;
 * - `t:a|…` one word in common and part of another that survives a typo: its first letters, a
 *   piece from its middle, or its first and last letter together (two typos, mostly);
 * - `d:a|…` the same for short words, by their one-letter deletions;
 * - `x:…|…` two-word names with no word in common, each keeping such a part: a typo in each;
 * - `g:…` names of generic words only, which no key above pairs: the whole set of words, one of
 *   them by its one-letter deletions (reordered words, one typo, also one that made a generic
 *   word unknown);
 * - one-word names: `w:` the word, `u:` its deletions (one typo; two in long names). Longer names
 *   store `w:` for each word too, so that a partner typing only "Smith" finds "Smith Logistics";
 *   a check of a longer name never looks up `w:`, as one shared word says nothing.
 * A stored key stands for one position of a part; a check looks it up at the positions a typo
 * before it could have moved it to. Parts are chosen so that each lookup meets few rows even
 * at a million registrations: word endings such as "-ing" or "-ica" are too common to be one.
 */

/** Words that carry no identity in any language we see in company names. */
const FILLER = new Set(
  'and the of for de del la le les der die das und et di da do van von'.split(' '),
);
/**
 * Words so common in company names that sharing one says little: they anchor only longer parts
 * of the other word, and two of them together are no key at all.
 */
const GENERIC = new Set(
  (
    'group gruppe groupe grupo gruppo holding holdings solutions solution systems system services ' +
    'service servicios servizi technologies technology tech global international intl consulting ' +
    'consultants conseil beratung partners partner industries industry enterprises enterprise ' +
    'software digital networks network logistics logistik trading company companies associates ' +
    'sons brothers management capital ventures works studio studios media data cloud analytics'
  ).split(' '),
);
/** Words up to this length are matched by their deletions: their parts are too short to hold. */
const SHORT_WORD = 5;
/** One-word names from this length on are matched by two deletions: two typos, any two. */
const LONG_WORD = 7;
/** Letters of a word's prefix part. */
const PREFIX = 3;

type Side = 'stored' | 'probe';

/** A word with a letter outside the BMP, which takes two UTF-16 units: sliced by letter. */
const ASTRAL = /[\uD800-\uDFFF]/;
const lettersOf = (word: string) => (ASTRAL.test(word) ? Array.from(word) : word.split(''));
/** Letters, not UTF-16 units: every length rule below counts letters. */
const size = (word: string) => (ASTRAL.test(word) ? Array.from(word).length : word.length);

export function nameWords(nameNorm: string): string[] {
  const words = nameNorm.split(' ').filter((word) => size(word) > 1 && !FILLER.has(word));
  return [...new Set(words)].sort();
}

/** The word and every string one deletion away: two words one typo apart always share one. */
function deletions(word: string): string[] {
  const variants = new Set([word]);
  if (ASTRAL.test(word)) {
    const letters = Array.from(word);
    letters.forEach((_, i) => variants.add(letters.filter((__, j) => j !== i).join('')));
  } else {
    for (let i = 0; i < word.length; i++) variants.add(word.slice(0, i) + word.slice(i + 1));
  }
  return [...variants];
}

/** Up to two deletions: two words two typos apart always share one. */
function deletions2(word: string): string[] {
  return [...new Set(deletions(word).flatMap(deletions))];
}

const head = (word: string, n: number) => `^${lettersOf(word).slice(0, n).join('')}`;
const tail = (word: string, n: number) => `${lettersOf(word).slice(-n).join('')}$`;

/**
 * Three letters from the middle, one letter clear of the prefix when the word is long enough,
 * so that no single typo (a swap across the two included) takes both. A typo before them keeps
 * them but may shift them, so a check looks at the positions around.
 */
function middles(word: string, side: Side): string[] {
  const letters = lettersOf(word);
  const starts =
    side === 'stored' ? [letters.length > PREFIX + 3 ? PREFIX + 1 : PREFIX] : [2, 3, 4, 5];
  return starts
    .filter((start) => start + 3 <= letters.length)
    .map((start) => `=${letters.slice(start, start + 3).join('')}`);
}

/** Consonants without repeats: `cook` and `cok`, `smith` and `smiht` keep the same. */
const skeleton = (word: string) => `~${word.replace(/[aeiouy]/g, '').replace(/(.)\1+/g, '$1')}`;

/**
 * Which forms a word is keyed by. A stored word is short or long; a checked word one letter off
 * the boundary takes both forms, since one typo may have moved it across.
 */
function forms(word: string, side: Side): { short: boolean; long: boolean } {
  const slack = side === 'probe' ? 1 : 0;
  const letters = size(word);
  return { short: letters <= SHORT_WORD + slack, long: letters > SHORT_WORD - slack };
}

/** Parts of a word of which one survives any one typo in it. */
function parts(word: string, side: Side): string[] {
  const { short, long } = forms(word, side);
  return [
    head(word, PREFIX),
    ...(short ? [tail(word, 3), skeleton(word)] : []),
    // In four letters or fewer, a typo can take the head, the tail and the consonants at once.
    ...(size(word) <= 4 ? deletions(word) : []),
    ...(long ? middles(word, side) : []),
  ];
}

/** `t:` and `d:` keys: the anchor `a` in common, and what survives of `b`. */
function anchoredKeys(a: string, b: string, side: Side): string[] {
  const { short, long } = forms(b, side);
  const keys: string[] = [];
  if (short) {
    keys.push(...deletions(b).map((variant) => `d:${a}|${variant}`));
    // Two typos in a short word mostly spare its first and last letter; in a three-letter word
    // they keep one of them.
    if (!GENERIC.has(a)) {
      const kept = size(b) <= 3 ? [head(b, 1), tail(b, 1)] : [`${head(b, 1)}${tail(b, 1)}`];
      keys.push(...kept.map((part) => `t:${a}|${part}`));
    }
  }
  if (long) {
    // A generic anchor meets thousands of rows: only parts that keep the candidates few. Between
    // them, its prefix and its ends without the middle survive any one typo.
    const kept = GENERIC.has(a)
      ? [head(b, PREFIX), `${head(b, 2)}~${tail(b, 2)}`]
      : [head(b, 2), `${head(b, 1)}${tail(b, 1)}`, ...middles(b, side)];
    keys.push(...kept.map((part) => `t:${a}|${part}`));
  }
  return keys;
}

function multiWordKeys(words: readonly string[], side: Side): string[] {
  const keys: string[] = [];
  // Two generic words together ("logistics group") still say nothing about which company.
  const telling = (a: string, b: string) => !GENERIC.has(a) || !GENERIC.has(b);
  words.forEach((a, i) =>
    words.slice(i + 1).forEach((b) => telling(a, b) && keys.push(`p:${a}|${b}`)),
  );
  // With four words or more, two typos still leave two words in common: `p:` finds them.
  if (words.length > 3) return keys;
  words.forEach((a, i) => {
    words.forEach((b, j) => {
      if (i === j || !telling(a, b)) return;
      keys.push(...anchoredKeys(a, b, side));
      // Of three words with a typo in two, the third is still in common: `t:` keys find it.
      if (i > j || words.length > 2) return;
      for (const x of parts(a, side)) {
        for (const y of parts(b, side)) keys.push(x < y ? `x:${x}|${y}` : `x:${y}|${x}`);
      }
    });
  });
  return keys;
}

/** Every string one deletion from a generic word: a word that shares one is one typo from it. */
const GENERIC_DELETIONS = new Set([...GENERIC].flatMap((word) => deletions(word)));

/**
 * The words that `g:` keys vary: every word of a name of generic words only, or the one word of
 * such a name that a typo took off the list ("Global Clod Services"); none for any other name.
 */
function genericSetVariedWords(words: readonly string[]): number[] {
  if (words.length < 2) return [];
  const odd = words.flatMap((word, i) => (GENERIC.has(word) ? [] : [i]));
  if (odd.length === 0) return words.map((_, i) => i);
  const typo = odd.length === 1 && deletions(words[odd[0]!]!).some((v) => GENERIC_DELETIONS.has(v));
  return typo ? odd : [];
}

/**
 * `g:` keys of a name of generic words ("Global Cloud Services"), which no other key pairs: its
 * words with one varied word replaced by each of its deletions, sorted. Two such names share one
 * when they have the same words in any order, with one typo at most. A key holds every word, so
 * each meets few rows.
 */
function genericSetKeys(words: readonly string[]): string[] {
  return genericSetVariedWords(words).flatMap((i) =>
    deletions(words[i]!).map((variant) => {
      const set = words.map((other, j) => (j === i ? variant : other));
      return `g:${set.sort().join('|')}`;
    }),
  );
}

/**
 * Whether a name's keys differ from those stored before migration 0006: names of generic words
 * only gained `g:` keys, and words with letters outside the BMP are measured in letters now.
 */
export const keysChangedIn0006 = (nameNorm: string) =>
  ASTRAL.test(nameNorm) || genericSetVariedWords(nameWords(nameNorm)).length > 0;

function singleWordKeys(word: string): string[] {
  const variants = size(word) >= LONG_WORD ? deletions2(word) : deletions(word);
  return [`w:${word}`, ...variants.map((variant) => `u:${variant}`)];
}

/** The keys a registration or account is found by. */
export function storedMatchKeys(nameNorm: string): string[] {
  const words = nameWords(nameNorm);
  if (words.length === 1) return singleWordKeys(words[0]!);
  return [
    ...new Set([
      ...words.map((word) => `w:${word}`),
      ...multiWordKeys(words, 'stored'),
      ...genericSetKeys(words),
    ]),
  ];
}

/** The keys a check looks up for a name. */
export function probeMatchKeys(nameNorm: string): string[] {
  const words = nameWords(nameNorm);
  if (words.length === 1) return singleWordKeys(words[0]!);
  return [
    ...new Set([
      ...words.map((word) => `u:${word}`),
      ...multiWordKeys(words, 'probe'),
      ...genericSetKeys(words),
    ]),
  ];
}
