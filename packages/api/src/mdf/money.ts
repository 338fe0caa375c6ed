import type { Money } from '@partnerkit/contracts';

/** `Money` from stored minor units, `null` when there are none. */
export function money(value: number | null, currency: string): Money | null {
  return value === null ? null : { value, currency };
}

/** How many minor units a currency's major unit has (2 for USD, 0 for JPY). */
function minorDigits(currency: string): number {
  try {
    const digits = new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions()
      .maximumFractionDigits;
    return digits ?? 2;
  } catch {
    return 2;
  }
}

/** `1234567, 'EUR'` → `12,345.67 EUR`: for problem details, exact at any size. */
export function formatMinor(value: number, currency: string): string {
  const digits = minorDigits(currency);
  const text = Math.abs(value)
    .toString()
    .padStart(digits + 1, '0');
  const whole = text.slice(0, text.length - digits).replace(/\B(?=(\d{3})+$)/g, ',');
  const fraction = digits ? `.${text.slice(text.length - digits)}` : '';
  return `${value < 0 ? '-' : ''}${whole}${fraction} ${currency}`;
}
