import { LOCALES, type Locale } from '@partnerkit/contracts';

/**
 * The first locale of an `Accept-Language` header (by quality, then order) that the product
 * speaks, matching on the language only (`de-CH` → `de`); `undefined` when none is.
 */
export function negotiateLocale(header: string | undefined): Locale | undefined {
  if (!header) return undefined;
  const ranked = header
    .split(',')
    .map((part, index) => {
      const [tag = '', ...params] = part.trim().split(';');
      const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
      const quality = q ? Number(q.slice(2)) : 1;
      return { language: tag.split('-')[0]!.toLowerCase(), quality, index };
    })
    .filter((entry) => entry.language && Number.isFinite(entry.quality) && entry.quality > 0)
    .sort((a, b) => b.quality - a.quality || a.index - b.index);
  return ranked.find((entry) => (LOCALES as readonly string[]).includes(entry.language))
    ?.language as Locale | undefined;
}
