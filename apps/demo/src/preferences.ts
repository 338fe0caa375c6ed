import { LOCALES, type Locale } from '@partnerkit/contracts';
import type { DemoPageConfig } from '../server/demo-settings.js';

const THEMES = ['light', 'dark', 'auto'] as const;

export interface Preferences {
  partner: string;
  locale: Locale;
  theme: (typeof THEMES)[number];
}

function oneOf<T extends string>(options: readonly T[], value: string | null, fallback: T): T {
  return options.find((option) => option === value) ?? fallback;
}

/** The partner, locale and theme chosen in the query string, or the first of each. */
export function readPreferences(config: DemoPageConfig): Preferences {
  const params = new URLSearchParams(location.search);
  const partnerIds = config.partners.map((partner) => partner.id);
  const firstPartner = partnerIds[0];
  if (!firstPartner) throw new Error('The demo seed has no partners');
  return {
    partner: oneOf(partnerIds, params.get('partner'), firstPartner),
    locale: oneOf(LOCALES, params.get('locale'), 'en'),
    theme: oneOf(THEMES, params.get('theme'), 'light'),
  };
}
