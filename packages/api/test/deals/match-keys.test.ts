import { describe, expect, it } from 'vitest';
import { nameWords, probeMatchKeys, storedMatchKeys } from '../../src/deals/match-keys.js';

const shareKey = (stored: string, probe: string) => {
  const keys = new Set(storedMatchKeys(stored));
  return probeMatchKeys(probe).some((key) => keys.has(key));
};

/** Every name one typo away inside a word: substitution, deletion, insertion, transposition. */
function singleTypos(name: string): string[] {
  const out = new Set<string>();
  for (let i = 0; i < name.length; i++) {
    if (name[i] === ' ') continue;
    out.add(name.slice(0, i) + name.slice(i + 1));
    out.add(`${name.slice(0, i)}q${name.slice(i + 1)}`);
    out.add(`${name.slice(0, i)}q${name.slice(i)}`);
    if (i + 1 < name.length && name[i + 1] !== ' ') {
      out.add(name.slice(0, i) + name[i + 1] + name[i] + name.slice(i + 2));
    }
  }
  out.delete(name);
  // A word deleted down to one letter is dropped as filler: that is no longer one typo.
  return [...out].filter((typo) => nameWords(typo).length === nameWords(name).length);
}

describe('match keys', () => {
  it('takes the distinctive words, sorted, without filler words or single letters', () => {
    expect(nameWords('the smith and jones of london')).toEqual(['jones', 'london', 'smith']);
    expect(nameWords('a b c')).toEqual([]);
  });

  it.each([
    'globex systems',
    'kovac and wojcik',
    'blue river logistics',
    'li logistics',
    'korvexia',
    'ikea',
    'sanchez security services',
  ])('finds "%s" after any one typo inside a word', (name) => {
    const missed = singleTypos(name).filter((typo) => !shareKey(name, typo));
    expect(missed).toEqual([]);
  });

  it.each([
    ['reordered words', 'river blue logistics', 'blue river logistics'],
    ['a missing word', 'blue logistics', 'blue river logistics'],
    ['an extra word', 'globex systems europe', 'globex systems'],
    ['one word of two', 'smith', 'smith logistics'],
    ['a typo in each word', 'cok and moreahu', 'cook and moreau'],
    ['two typos in a long one-word name', 'kyunganl', 'kyjunganly'],
    ['generic words only, reordered', 'services global cloud', 'cloud global services'],
    ['generic words only, one with a typo', 'global clod services', 'cloud global services'],
    [
      'two typos in one word beside an intact one',
      'hartmann smeiconductorfs',
      'hartmann semiconductors',
    ],
  ])('finds %s', (_, probe, stored) => {
    expect(shareKey(stored, probe)).toBe(true);
  });

  it.each([
    ['another company in the same trade', 'initrode systems', 'globex systems'],
    ['a company sharing one word', 'globex logistics', 'globex systems'],
    ['a name sharing only a generic word', 'crimson logistics group', 'blue logistics group'],
    ['generic words only, one of them another', 'global data services', 'cloud global services'],
    ['an unrelated one-word name', 'initech', 'korvexia'],
  ])('does not pair %s', (_, probe, stored) => {
    expect(shareKey(stored, probe)).toBe(false);
  });

  it('cuts words by letter, also letters outside the BMP', () => {
    const name = '𠮷𠮷野家 logistics';
    const wellFormed = (key: string) =>
      !/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(key);
    expect([...storedMatchKeys(name), ...probeMatchKeys(name)].every(wellFormed)).toBe(true);
    expect(shareKey(name, '𠮷𠮷家 logistics')).toBe(true);
  });

  it('never looks a multi-word name up by one shared word alone', () => {
    expect(probeMatchKeys('smith logistics').some((key) => key.startsWith('w:'))).toBe(false);
  });
});
