import i18next, { type i18n as I18next, type TOptions } from 'i18next';
import type { Locale } from '@partnerkit/contracts';

/** A namespace's strings: nested keys to ICU-free i18next messages (plurals via `_one`/`_other`). */
export type Messages = { [key: string]: string | Messages };

/** One lazy loader per locale, so a page only downloads the language it shows. */
export type LocaleLoaders = Record<Locale, () => Promise<{ default: Messages }>>;

const RTL_LOCALES: ReadonlySet<string> = new Set(['ar']);

export function isLocale(value: string | null | undefined): value is Locale {
  return ['en', 'de', 'fr', 'es', 'ja', 'ar'].includes(value ?? '');
}

/**
 * The portal's translations: one i18next instance per portal and locale, namespaces added
 * as the widgets that need them load their files.
 */
export class PortalI18n {
  readonly locale: Locale;
  readonly dir: 'ltr' | 'rtl';
  readonly #i18n: I18next;
  readonly #loading = new Map<string, Promise<void>>();

  constructor(locale: Locale) {
    this.locale = locale;
    this.dir = RTL_LOCALES.has(locale) ? 'rtl' : 'ltr';
    this.#i18n = i18next.createInstance({
      lng: locale,
      fallbackLng: 'en',
      resources: {},
      partialBundledLanguages: true,
      initAsync: false,
      interpolation: { escapeValue: false },
      returnNull: false,
    });
    void this.#i18n.init();
  }

  has(ns: string): boolean {
    return this.#i18n.hasResourceBundle(this.locale, ns) && this.#i18n.hasResourceBundle('en', ns);
  }

  /** Loads a namespace in the portal's locale plus English, the fallback for missing keys. */
  load(ns: string, loaders: LocaleLoaders): Promise<void> {
    let pending = this.#loading.get(ns);
    if (!pending) {
      const locales = new Set<Locale>([this.locale, 'en']);
      pending = Promise.all(
        [...locales].map(async (locale) => {
          const messages = await loaders[locale]();
          this.#i18n.addResourceBundle(locale, ns, messages.default, true, false);
        }),
      ).then(() => undefined);
      pending.catch(() => this.#loading.delete(ns));
      this.#loading.set(ns, pending);
    }
    return pending;
  }

  t(ns: string, key: string, options?: TOptions): string {
    return this.#i18n.t(key, { ns, ...options }) as string;
  }
}
