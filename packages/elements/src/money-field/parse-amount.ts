import { minorDigits } from '../internal/localize-controller.js';

const NATIVE_DIGITS = /[\u0660-\u0669\u06f0-\u06f9]/g;

function symbols(locale: string): { group: string; decimal: string } {
  const parts = new Intl.NumberFormat(locale).formatToParts(12345.6);
  return {
    group: parts.find((part) => part.type === 'group')?.value ?? ',',
    decimal: parts.find((part) => part.type === 'decimal')?.value ?? '.',
  };
}

/**
 * Reads an amount as typed in `locale` ("1.234,50" in German; Arabic-Indic digits and
 * separators whatever the locale's own numbering)
 * into integer minor units of `currency`. Returns `null` when empty and `NaN` when unreadable
 * or more precise than the currency allows, so validation can say so.
 */
export function parseAmount(text: string, locale: string, currency: string): number | null {
  const { group, decimal } = symbols(locale);
  let normalized = text
    .replace(NATIVE_DIGITS, (digit) => String((digit.charCodeAt(0) & 0xf) % 10))
    .replace(/[\s\u00a0\u202f]/g, '')
    .replace(/\u066c/g, group)
    .replace(/\u066b/g, decimal);
  if (normalized === '') return null;
  normalized = normalized.split(group).join('').replace(decimal, '.');
  if (!/^\d+(\.\d+)?$/.test(normalized)) return Number.NaN;
  const digits = minorDigits(currency);
  const [whole = '0', fraction = ''] = normalized.split('.');
  if (fraction.length > digits) return Number.NaN;
  return Number(whole) * 10 ** digits + Number(fraction.padEnd(digits, '0') || '0');
}

/** Minor units as the locale writes the number, without the currency symbol. */
export function formatAmount(minor: number, locale: string, currency: string): string {
  const digits = minorDigits(currency);
  return new Intl.NumberFormat(locale, {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  }).format(minor / 10 ** digits);
}
