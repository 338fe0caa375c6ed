// Blocking keys for the duplicate check. Computed in the API like name_norm, stored in
// deals.block_keys (GIN, active rows only) and computed the same way for each probe; the query
// scores only rows that share a key, so trigram work is done on tens of rows, not thousands.
//
// Words are those of name_key (generic company words dropped, see normalize.mjs).
// Parts per word: p = first 4 letters, s = last 4, f = first 3, l = last 3, and for words of up
// to 5 letters d = the word and its one-letter deletions. One typo leaves f or l intact in words
// of 6+ letters (often p or s too) and a shared d in shorter words.
// Stored:  t<part> for every word's p, s, d; u<part> likewise when the name is one word; for
//          every pair of words, order-free pairs of their parts where at least one side is a
//          p or s part (f|l pairs select too little).
// Probe:   one word -> its t<part> keys (names containing that word); two or more -> the pairs
//          plus u<part> (stored one-word names). A common word alone (a surname, a sector) is
//          never a key of a multi-word probe: that keeps candidate sets small at a million rows.
import { nameKey } from './normalize.mjs';

const FILLER = new Set(
  'and the of for de del la le les der die das und et y e di da do van von'.split(' '),
);
const SHORT_WORD = 5;
const PAIR_COMBOS = [
  ['p', 'p'],
  ['p', 's'],
  ['s', 'p'],
  ['s', 's'],
  ['p', 'f'],
  ['p', 'l'],
  ['s', 'f'],
  ['s', 'l'],
  ['p', 'd'],
  ['s', 'd'],
  ['f', 'p'],
  ['l', 'p'],
  ['f', 's'],
  ['l', 's'],
  ['d', 'p'],
  ['d', 's'],
];

function words(nameNorm) {
  return [
    ...new Set(
      nameKey(nameNorm)
        .split(' ')
        .filter((t) => t.length >= 2 && !FILLER.has(t)),
    ),
  ].sort();
}

function deletions(word) {
  if (word.length > SHORT_WORD) return [];
  const out = [word];
  for (let i = 0; i < word.length; i += 1) out.push(word.slice(0, i) + word.slice(i + 1));
  return out;
}

const partsOf = (w) => ({
  p: [`p${w.slice(0, 4)}`],
  s: [`s${w.slice(-4)}`],
  f: [`f${w.slice(0, 3)}`],
  l: [`l${w.slice(-3)}`],
  d: deletions(w).map((v) => `d${v}`),
});

const singles = (list) =>
  list.flatMap((w) => {
    const x = partsOf(w);
    return [...x.p, ...x.s, ...x.d];
  });

function pairKeys(list) {
  const keys = [];
  for (let i = 0; i < list.length; i += 1) {
    for (let j = i + 1; j < list.length; j += 1) {
      const a = partsOf(list[i]);
      const b = partsOf(list[j]);
      for (const [ka, kb] of PAIR_COMBOS) {
        for (const x of a[ka]) for (const y of b[kb]) keys.push(x < y ? `${x}|${y}` : `${y}|${x}`);
      }
    }
  }
  return keys;
}

export function storedBlockKeys(nameNorm) {
  const list = words(nameNorm);
  const keys = singles(list).map((k) => `t${k}`);
  if (list.length === 1) keys.push(...singles(list).map((k) => `u${k}`));
  keys.push(...pairKeys(list));
  return [...new Set(keys)];
}

export function probeBlockKeys(nameNorm) {
  const list = words(nameNorm);
  if (list.length <= 1) return [...new Set(singles(list).map((k) => `t${k}`))];
  return [...new Set([...singles(list).map((k) => `u${k}`), ...pairKeys(list)])];
}
