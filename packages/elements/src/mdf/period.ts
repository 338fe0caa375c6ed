import type { LocalizeController } from '../internal/localize-controller.js';

/** "1 Jan – 31 Mar 2030": a period's two days, in UTC as the API stores them. */
export function formatPeriod(
  localize: LocalizeController,
  period: { start: string; end: string },
): string {
  return new Intl.DateTimeFormat(localize.locale, {
    dateStyle: 'medium',
    timeZone: 'UTC',
  }).formatRange(new Date(period.start), new Date(period.end));
}
