import { SIMILARITY_THRESHOLD } from '../src/deals/conflicts.js';
import { similarity } from './trigram-similarity.js';

const words = (name: string) => (name === '' ? [] : name.split(' '));

/** `string_to_array(a, ' ') <@ string_to_array(b, ' ')` or the other way round. */
export function wordsContained(a: string, b: string): boolean {
  const left = new Set(words(a));
  const right = new Set(words(b));
  return [...left].every((word) => right.has(word)) || [...right].every((word) => left.has(word));
}

/** The optimal string alignment distance: substitutions, deletions, insertions, adjacent swaps. */
export function typoDistance(a: string, b: string): number {
  const x = Array.from(a);
  const y = Array.from(b);
  const d = Array.from({ length: x.length + 1 }, (_, i) =>
    Array.from({ length: y.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  for (let i = 1; i <= x.length; i++) {
    for (let j = 1; j <= y.length; j++) {
      const row = d[i]!;
      row[j] = Math.min(
        d[i - 1]![j]! + 1,
        row[j - 1]! + 1,
        d[i - 1]![j - 1]! + (x[i - 1] === y[j - 1] ? 0 : 1),
      );
      if (i > 1 && j > 1 && x[i - 1] === y[j - 2] && x[i - 2] === y[j - 1]) {
        row[j] = Math.min(row[j]!, d[i - 2]![j - 2]! + 1);
      }
    }
  }
  return d[x.length]![y.length]!;
}

/** SQL's `within_two_typos` (migration 0006), with its limit of 255 letters. */
export function withinTwoTypos(a: string, b: string): boolean {
  const longest = Math.max(Array.from(a).length, Array.from(b).length);
  return longest <= 255 && typoDistance(a, b) <= 2;
}

/** What `similarTo` (src/deals/conflicts.ts) asks of two names that share a match key. */
export function nearDuplicateNames(a: string, b: string): boolean {
  return similarity(a, b) >= SIMILARITY_THRESHOLD || wordsContained(a, b) || withinTwoTypos(a, b);
}
