import { ContextProvider } from '@lit/context';
import { createClient, type SessionTokenProvider } from '@partnerkit/client';
import type { Locale, Me } from '@partnerkit/contracts';
import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { contrastOn, isHexColor } from '../internal/brand.js';
import type { PkClient } from '../internal/client.js';
import {
  clientContext,
  configContext,
  i18nContext,
  sessionContext,
  themeContext,
  type PortalSession,
  type ThemeName,
} from '../internal/context.js';
import { VERSION } from '../internal/define-element.js';
import { devWarn } from '../internal/dev-mode.js';
import { isLocale, PortalI18n } from '../internal/i18n.js';
import commonLoaders from '../locales/common.js';
import { portalStyles } from './portal.styles.js';

const THEMES: readonly ThemeName[] = ['light', 'dark', 'auto'];

/**
 * @tag pk-portal
 * @summary The root of a PartnerKit portal: connects the widgets inside it to the API and
 * gives them the partner session, language, theme and co-branding.
 *
 * Set `sessionTokenProvider` to a function that fetches a fresh partner session token from
 * your backend; the portal calls it when the token is missing or has expired.
 *
 * @slot - The widgets and any other content of the portal.
 *
 * @csspart header - The co-branding header, shown when the partner has a logo.
 * @csspart logo - The partner's logo.
 *
 * @cssproperty --pk-color-brand - Brand colour (buttons, accents). Set from the partner's branding unless `brand-color` is given.
 * @cssproperty --pk-color-brand-contrast - Text colour on the brand colour.
 * @cssproperty --pk-color-text - Body text colour.
 * @cssproperty --pk-color-text-muted - Secondary text colour.
 * @cssproperty --pk-color-surface - Background of the portal and fields.
 * @cssproperty --pk-color-surface-raised - Background of cards and notes.
 * @cssproperty --pk-color-border - Border colour of fields and cards.
 * @cssproperty --pk-color-focus - Focus ring colour.
 * @cssproperty --pk-color-danger - Errors.
 * @cssproperty --pk-color-success - Approvals.
 * @cssproperty --pk-color-warning - Pending states and warnings.
 * @cssproperty --pk-font-family - Font of every widget.
 * @cssproperty --pk-font-size - Base font size.
 * @cssproperty --pk-radius - Corner radius.
 * @cssproperty --pk-space - Spacing unit (density).
 * @cssproperty --pk-portal-padding - Padding around the portal content.
 * @cssproperty --pk-portal-logo-height - Maximum height of the partner logo.
 */
export class PkPortal extends LitElement {
  static version = VERSION;
  static override styles = portalStyles;

  /** The API origin, e.g. `https://partners-api.example.com`. */
  @property({ attribute: 'api-base' }) apiBase = '';
  /** The tenant's publishable key (`pk_…`) for public endpoints. */
  @property({ attribute: 'publishable-key' }) publishableKey: string | undefined;
  /** The partner session token your backend minted. */
  @property({ attribute: 'session-token' }) sessionToken: string | undefined;
  /** `en`, `de`, `fr`, `es`, `ja` or `ar`; defaults to the user's language, else English. */
  @property({ reflect: true }) locale: Locale | undefined;
  @property({ reflect: true }) theme: ThemeName = 'auto';
  /** Overrides the partner's brand colour (`#rrggbb`). */
  @property({ attribute: 'brand-color' }) brandColor: string | undefined;
  /** Overrides the partner's logo. */
  @property({ attribute: 'logo-url' }) logoUrl: string | undefined;
  /** Fetches a fresh session token when there is none or it expired. */
  @property({ attribute: false }) sessionTokenProvider: SessionTokenProvider | undefined;

  @state() private me: Me | undefined;
  @state() private systemDark = false;

  readonly #client = new ContextProvider(this, { context: clientContext });
  readonly #config = new ContextProvider(this, { context: configContext });
  readonly #i18n = new ContextProvider(this, { context: i18nContext });
  readonly #theme = new ContextProvider(this, { context: themeContext });
  readonly #session = new ContextProvider(this, { context: sessionContext });
  #mePromise: Promise<Me> | undefined;
  #media: MediaQueryList | undefined;
  readonly #onMedia = (event: MediaQueryListEvent) => (this.systemDark = event.matches);

  /** The API client the widgets use; also handy for the page's own calls. */
  get client(): PkClient | undefined {
    return this.#client.value;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.#media = window.matchMedia?.('(prefers-color-scheme: dark)');
    this.systemDark = this.#media?.matches ?? false;
    this.#media?.addEventListener('change', this.#onMedia);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#media?.removeEventListener('change', this.#onMedia);
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (
      changed.has('apiBase') ||
      changed.has('publishableKey') ||
      changed.has('sessionTokenProvider')
    ) {
      this.#createClient();
    } else if (changed.has('sessionToken')) {
      this.#client.value?.setSessionToken(this.sessionToken);
      this.#resetSession();
    }
    if (changed.has('theme') || changed.has('systemDark')) this.#provideTheme();
    const locale = this.#locale;
    if (this.#i18n.value?.locale !== locale) this.#provideI18n(locale);
    if (changed.has('brandColor') || changed.has('me')) this.#applyBrand();
  }

  get #locale(): Locale {
    if (this.locale && isLocale(this.locale)) return this.locale;
    if (this.locale) devWarn(`<pk-portal locale="${this.locale}"> is not a supported locale.`);
    return this.me?.user.locale ?? 'en';
  }

  #createClient(): void {
    if (!this.apiBase) {
      devWarn('<pk-portal> needs an api-base attribute (the PartnerKit API origin).');
      return;
    }
    if (!this.sessionToken && !this.sessionTokenProvider) {
      devWarn('<pk-portal> has neither a session-token nor a sessionTokenProvider.');
    }
    const client = createClient({
      baseUrl: this.apiBase,
      publishableKey: this.publishableKey,
      sessionToken: this.sessionToken,
      sessionTokenProvider: this.sessionTokenProvider,
    });
    this.#config.setValue({ apiBase: this.apiBase, publishableKey: this.publishableKey });
    this.#client.setValue(client);
    this.#resetSession();
  }

  #resetSession(): void {
    this.#mePromise = undefined;
    const session: PortalSession = { me: () => this.#loadMe() };
    this.#session.setValue(session);
    void this.#loadMe().then(
      (me) => (this.me = me),
      () => undefined,
    );
  }

  #loadMe(): Promise<Me> {
    const client = this.#client.value;
    if (!client) return Promise.reject(new Error('PartnerKit portal has no client'));
    this.#mePromise ??= client.me.get().catch((error: unknown) => {
      this.#mePromise = undefined;
      throw error;
    });
    return this.#mePromise;
  }

  #provideTheme(): void {
    if (!THEMES.includes(this.theme))
      devWarn(`<pk-portal theme="${this.theme}"> is not light, dark or auto.`);
    const resolved =
      this.theme === 'dark' || (this.theme !== 'light' && this.systemDark) ? 'dark' : 'light';
    this.#theme.setValue({ name: this.theme, resolved });
  }

  #provideI18n(locale: Locale): void {
    const i18n = new PortalI18n(locale);
    this.#i18n.setValue(i18n);
    this.lang = locale;
    this.dir = i18n.dir;
    void i18n.load('common', commonLoaders).then(() => this.requestUpdate());
  }

  #applyBrand(): void {
    const color = isHexColor(this.brandColor) ? this.brandColor : this.me?.partner.branding.color;
    if (this.brandColor && !isHexColor(this.brandColor)) {
      devWarn(`<pk-portal brand-color="${this.brandColor}"> is not a #rrggbb colour.`);
    }
    if (color) {
      this.style.setProperty('--pk-color-brand', color);
      this.style.setProperty('--pk-color-brand-contrast', contrastOn(color));
    } else {
      this.style.removeProperty('--pk-color-brand');
      this.style.removeProperty('--pk-color-brand-contrast');
    }
  }

  protected override render() {
    const logo = this.logoUrl ?? this.me?.partner.branding.logoUrl;
    const i18n = this.#i18n.value;
    const name = this.me?.partner.name ?? '';
    return html`${
        logo && i18n?.has('common')
          ? html`<div part="header">
              <img part="logo" src=${logo} alt=${i18n.t('common', 'logo', { name })} />
            </div>`
          : nothing
      }<slot></slot>`;
  }
}
