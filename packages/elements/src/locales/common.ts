import type { LocaleLoaders } from '../internal/i18n.js';

/** Strings every widget shares: states, validation messages, statuses and reasons. */
const commonLoaders: LocaleLoaders = {
  en: () => import('./common/en.js'),
  de: () => import('./common/de.js'),
  fr: () => import('./common/fr.js'),
  es: () => import('./common/es.js'),
  ja: () => import('./common/ja.js'),
  ar: () => import('./common/ar.js'),
};

export default commonLoaders;
