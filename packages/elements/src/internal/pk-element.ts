import { consume } from '@lit/context';
import { html, LitElement, type PropertyValues } from 'lit';
import { state } from 'lit/decorators.js';
import type { PkClient } from './client.js';
import {
  clientContext,
  sessionContext,
  themeContext,
  type PortalSession,
  type PortalTheme,
} from './context.js';
import { VERSION } from './define-element.js';
import { DEV_MODE, devWarn } from './dev-mode.js';
import type { LocaleLoaders } from './i18n.js';
import { LocalizeController } from './localize-controller.js';
import { PkErrorEvent } from '../events/error.js';

/**
 * The one base class of PartnerKit widgets: portal context, translations, the "needs a
 * portal" state and a `pk-error` helper. Behaviour lives in controllers, not mixins.
 */
export abstract class PkElement extends LitElement {
  static version = VERSION;

  @consume({ context: clientContext, subscribe: true })
  @state()
  protected client?: PkClient;

  @consume({ context: sessionContext, subscribe: true })
  @state()
  protected session?: PortalSession;

  @consume({ context: themeContext, subscribe: true })
  @state()
  protected theme?: PortalTheme;

  protected readonly localize: LocalizeController;

  /** `shared`: namespaces this widget reads besides `common`, such as its family's. */
  constructor(ns: string, loaders: LocaleLoaders, shared?: Record<string, LocaleLoaders>) {
    super();
    this.localize = new LocalizeController(this, ns, loaders, shared);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Production builds stay silent, so they carry neither the check nor its message.
    if (!DEV_MODE) return;
    // After the portal's first update, which is when it provides its client.
    setTimeout(() => {
      if (this.isConnected && !this.client) {
        const undefinedPortal = !customElements.get('pk-portal');
        devWarn(
          `<${this.localName}> found no <pk-portal> around it: it has no API client, session or ` +
            'translations. Wrap it in <pk-portal api-base="…" session-token="…">' +
            (undefinedPortal
              ? ' and load @partnerkit/elements/portal (pk-portal is not defined).'
              : '.') +
            ' It connects as soon as a portal appears around it.',
        );
      }
    }, 0);
  }

  /** Waits for translations too, so `await el.updateComplete` means "fully rendered". */
  protected override async getUpdateComplete(): Promise<boolean> {
    let result = await super.getUpdateComplete();
    while (this.localize.loading) {
      await this.localize.loading;
      result = await super.getUpdateComplete();
    }
    return result;
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('client') && this.client) this.portalReady();
  }

  /** Called once the portal's client arrives (and again when it changes): start loading. */
  protected abstract portalReady(): void;

  protected override render(): unknown {
    if (!this.localize.ready) return html`<div part="base" aria-busy="true"></div>`;
    if (!this.client) {
      return html`<p part="base missing-portal" class="note warning" role="note">
        ${this.localize.t('common:missingPortal')}
      </p>`;
    }
    return html`<div part="base" lang=${this.localize.locale} dir=${this.localize.dir}>
      ${this.renderWidget()}
    </div>`;
  }

  protected abstract renderWidget(): unknown;

  /** The portal's session, for loads that need to know who is signed in. */
  protected requireSession(): PortalSession {
    if (!this.session) throw new Error('PartnerKit portal has no session');
    return this.session;
  }

  protected emitError(error: unknown): void {
    const event = new PkErrorEvent(error);
    this.dispatchEvent(event);
  }

  protected renderLoading(): unknown {
    return html`<p part="loading" class="loading" role="status">
      ${this.localize.t('common:loading')}
    </p>`;
  }

  protected renderLoadError(error: unknown, retry: () => void): unknown {
    return html`<div part="error" class="note danger" role="alert">
      <p>${this.errorMessage(error)}</p>
      <button class="button secondary" part="retry" @click=${retry}>
        ${this.localize.t('common:retry')}
      </button>
    </div>`;
  }

  /** The user-facing text of a failed request: a network problem promises nothing was lost. */
  protected errorMessage(error: unknown): string {
    const code = (error as { code?: unknown } | null)?.code;
    if (code === 'network_error' || code === 'timeout') return this.localize.t('common:offline');
    return this.localize.t('common:loadFailed');
  }
}
