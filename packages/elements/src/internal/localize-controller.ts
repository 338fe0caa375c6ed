import { ContextConsumer } from '@lit/context';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { TOptions } from 'i18next';
import { i18nContext } from './context.js';
import { isLocale, PortalI18n, type LocaleLoaders } from './i18n.js';
import commonLoaders from '../locales/common.js';

type Host = ReactiveControllerHost & HTMLElement;

/**
 * Translations and Intl formatting for one widget namespace. Uses the portal's i18n when
 * there is one; alone on a page it falls back to the nearest `lang` so that even the
 * "needs a portal" message is in the reader's language.
 */
export class LocalizeController implements ReactiveController {
  readonly #host: Host;
  readonly #ns: string;
  readonly #loaders: LocaleLoaders;
  /** Namespaces shared with other widgets (`common`, a family's), read as `ns:key`. */
  readonly #shared: Record<string, LocaleLoaders>;
  #i18n: PortalI18n | undefined;
  #fallback: PortalI18n | undefined;
  #pending: Promise<void> | undefined;

  constructor(
    host: Host,
    ns: string,
    loaders: LocaleLoaders,
    shared: Record<string, LocaleLoaders> = {},
  ) {
    this.#host = host;
    this.#ns = ns;
    this.#loaders = loaders;
    this.#shared = { common: commonLoaders, ...shared };
    host.addController(this);
    new ContextConsumer(host, {
      context: i18nContext,
      subscribe: true,
      callback: (value) => this.#use(value),
    });
  }

  hostConnected(): void {
    if (!this.#i18n) {
      // The context answers synchronously on connect when a portal is around.
      queueMicrotask(() => {
        if (!this.#i18n) this.#use(undefined);
      });
    }
  }

  get #active(): PortalI18n {
    return (this.#i18n ?? this.#fallback ?? this.#ensureFallback())!;
  }

  #ensureFallback(): PortalI18n {
    const lang = this.#host.closest('[lang]')?.getAttribute('lang')?.slice(0, 2);
    this.#fallback = new PortalI18n(isLocale(lang) ? lang : 'en');
    return this.#fallback;
  }

  #use(value: PortalI18n | undefined): void {
    if (value) this.#i18n = value;
    const i18n = this.#active;
    if (this.#loaded(i18n)) {
      this.#host.requestUpdate();
      return;
    }
    const pending = Promise.all(
      Object.entries({ ...this.#shared, [this.#ns]: this.#loaders }).map(([ns, loaders]) =>
        i18n.load(ns, loaders),
      ),
    ).then(() => {
      if (this.#pending === pending) this.#pending = undefined;
      this.#host.requestUpdate();
    });
    this.#pending = pending;
  }

  /** Settles when the strings this widget needs are loaded. */
  get loading(): Promise<void> | undefined {
    return this.#pending;
  }

  get ready(): boolean {
    const i18n = this.#i18n ?? this.#fallback;
    return !!i18n && this.#loaded(i18n);
  }

  #loaded(i18n: PortalI18n): boolean {
    return i18n.has(this.#ns) && Object.keys(this.#shared).every((ns) => i18n.has(ns));
  }

  get locale(): string {
    return this.#active.locale;
  }

  get dir(): 'ltr' | 'rtl' {
    return this.#active.dir;
  }

  /** A key of this widget's namespace, or `common:key` (i18next reads the prefix). */
  t(key: string, options?: TOptions): string {
    return this.#active.t(this.#ns, key, options);
  }

  date(
    value: string | Date,
    options: Intl.DateTimeFormatOptions = { dateStyle: 'medium' },
  ): string {
    return new Intl.DateTimeFormat(this.locale, options).format(
      typeof value === 'string' ? new Date(value) : value,
    );
  }

  number(value: number, options?: Intl.NumberFormatOptions): string {
    return new Intl.NumberFormat(this.locale, options).format(value);
  }

  /** Money in integer minor units, shown with the currency's own number of decimals. */
  money(minor: number, currency: string): string {
    return new Intl.NumberFormat(this.locale, { style: 'currency', currency }).format(
      minor / 10 ** minorDigits(currency),
    );
  }

  /** "in 12 days", "vor 3 Stunden": the largest unit that keeps the figure readable. */
  relative(to: string | Date, from: Date = new Date()): string {
    const seconds = (new Date(to).getTime() - from.getTime()) / 1000;
    const units: [Intl.RelativeTimeFormatUnit, number][] = [
      ['day', 86_400],
      ['hour', 3_600],
      ['minute', 60],
    ];
    const format = new Intl.RelativeTimeFormat(this.locale, { numeric: 'auto' });
    for (const [unit, size] of units) {
      if (Math.abs(seconds) >= size) return format.format(Math.round(seconds / size), unit);
    }
    return format.format(Math.round(seconds), 'second');
  }
}

export function minorDigits(currency: string): number {
  return (
    new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions()
      .maximumFractionDigits ?? 2
  );
}
