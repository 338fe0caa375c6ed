/** pg_trgm's trigrams: each word padded with two spaces before and one after. */
function trigrams(name: string): Set<string> {
  const result = new Set<string>();
  for (const word of name.split(/[^\p{L}\p{N}]+/u).filter(Boolean)) {
    const letters = Array.from(`  ${word.toLowerCase()} `);
    for (let i = 0; i + 3 <= letters.length; i++) result.add(letters.slice(i, i + 3).join(''));
  }
  return result;
}

/** pg_trgm's `similarity`: shared trigrams over all distinct trigrams of both. */
export function similarity(a: string, b: string): number {
  const left = trigrams(a);
  const right = trigrams(b);
  let shared = 0;
  for (const trigram of left) if (right.has(trigram)) shared++;
  const all = left.size + right.size - shared;
  return all === 0 ? 0 : shared / all;
}
