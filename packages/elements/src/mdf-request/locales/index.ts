import type { LocaleLoaders } from '../../internal/i18n.js';

const loaders: LocaleLoaders = {
  en: () => import('./en.js'),
  de: () => import('./de.js'),
  fr: () => import('./fr.js'),
  es: () => import('./es.js'),
  ja: () => import('./ja.js'),
  ar: () => import('./ar.js'),
};

export default loaders;
