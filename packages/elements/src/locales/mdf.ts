import type { LocaleLoaders } from '../internal/i18n.js';

/** Strings of the MDF widgets: request statuses and the outcomes an activity reports. */
const mdfLoaders: LocaleLoaders = {
  en: () => import('./mdf/en.js'),
  de: () => import('./mdf/de.js'),
  fr: () => import('./mdf/fr.js'),
  es: () => import('./mdf/es.js'),
  ja: () => import('./mdf/ja.js'),
  ar: () => import('./mdf/ar.js'),
};

export default mdfLoaders;
