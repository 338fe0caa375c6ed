import { expect, fixture, html } from '@open-wc/testing';
import { Me } from '@partnerkit/contracts';
import './define.js';
import '../deal-registration/define.js';
import '../deal-status/define.js';
import type { PkDealRegistration } from '../deal-registration/deal-registration.js';
import type { PkDealStatus } from '../deal-status/deal-status.js';
import { PkDealSubmittedEvent } from '../events/deal-submitted.js';
import { defineElement } from '../internal/define-element.js';
import { API_BASE, FakeApi, json, problem, type Recorded } from '../test/fake-api.js';
import { deal, dealForm, me } from '../test/fixtures.js';
import { shadowText, until } from '../test/harness.js';

import type { PkPortal } from './portal.js';

const LOGO =
  'data:image/svg+xml,%3Csvg xmlns="http://www.w3.org/2000/svg" width="10" height="10"/%3E';

let api: FakeApi;

beforeEach(() => {
  api = new FakeApi()
    .on('GET', '/v1/me', me)
    .on('GET', '/v1/deal-form', dealForm)
    .on('GET', '/v1/deals', { items: [deal()], nextCursor: null })
    .install();
});

afterEach(() => api.restore());

function bearer(call: Recorded | undefined): string | null | undefined {
  return call?.headers.get('authorization');
}

async function captureWarnings<T>(body: () => Promise<T>): Promise<string[]> {
  const warnings: string[] = [];
  const original = console.warn;
  console.warn = (message: string) => warnings.push(message);
  try {
    await body();
  } finally {
    console.warn = original;
  }
  return warnings;
}

describe('<pk-portal>', () => {
  it('gives its widgets one client that sends the session token', async () => {
    const portal = await fixture<PkPortal>(
      html`<pk-portal api-base=${API_BASE} session-token="token-1">
        <pk-deal-status></pk-deal-status>
      </pk-portal>`,
    );
    const status = portal.querySelector<PkDealStatus>('pk-deal-status')!;
    await until(() => !!status.shadowRoot?.querySelector('[part~="list"]'), 'the list');
    expect(portal.client).to.be.an('object');
    expect(bearer(api.callsTo('GET', '/v1/deals')[0])).to.equal('Bearer token-1');
    expect(api.callsTo('GET', '/v1/me')).to.have.length(1);
  });

  it('refreshes an expired token through sessionTokenProvider and retries once', async () => {
    const refuseOld = (answer: unknown) => (request: Recorded) =>
      bearer(request) === 'Bearer token-2' ? json(answer) : problem(401, 'token_expired');
    api.on('GET', '/v1/me', refuseOld(me)).on('GET', '/v1/deal-form', refuseOld(dealForm));
    let provided = 0;
    const provider = async () => {
      provided += 1;
      return 'token-2';
    };
    const portal = await fixture<PkPortal>(
      html`<pk-portal
        api-base=${API_BASE}
        session-token="token-1"
        .sessionTokenProvider=${provider}
      >
        <pk-deal-registration></pk-deal-registration>
      </pk-portal>`,
    );
    const widget = portal.querySelector<PkDealRegistration>('pk-deal-registration')!;
    await until(() => !!widget.shadowRoot?.querySelector('form'), 'the form');
    expect(provided).to.equal(1);
    const formCalls = api.callsTo('GET', '/v1/deal-form');
    expect(formCalls.map(bearer)).to.deep.equal(['Bearer token-1', 'Bearer token-2']);
  });

  it('uses a new session-token attribute for later calls', async () => {
    const portal = await fixture<PkPortal>(
      html`<pk-portal api-base=${API_BASE} session-token="token-1">
        <pk-deal-status></pk-deal-status>
      </pk-portal>`,
    );
    const status = portal.querySelector<PkDealStatus>('pk-deal-status')!;
    await until(() => !!status.shadowRoot?.querySelector('[part~="list"]'), 'the list');
    portal.setAttribute('session-token', 'token-9');
    await portal.updateComplete;
    document.dispatchEvent(new PkDealSubmittedEvent(deal()));
    await until(() => api.callsTo('GET', '/v1/deals').length === 2, 'the refresh');
    expect(bearer(api.callsTo('GET', '/v1/deals')[1])).to.equal('Bearer token-9');
  });

  it("applies the partner's co-branding unless attributes override it", async () => {
    api.on(
      'GET',
      '/v1/me',
      Me.parse({
        ...me,
        partner: { ...me.partner, branding: { ...me.partner.branding, logoUrl: LOGO } },
      }),
    );
    const portal = await fixture<PkPortal>(
      html`<pk-portal api-base=${API_BASE} session-token="t">
        <p>content</p>
      </pk-portal>`,
    );
    await until(() => portal.style.getPropertyValue('--pk-color-brand') !== '', 'the brand colour');
    expect(portal.style.getPropertyValue('--pk-color-brand')).to.equal('#7c2d12');
    expect(portal.style.getPropertyValue('--pk-color-brand-contrast')).to.equal('#ffffff');
    await until(() => !!portal.shadowRoot!.querySelector('[part="logo"]'), 'the logo');
    expect(portal.shadowRoot!.querySelector('[part="logo"]')!.getAttribute('alt')).to.equal(
      'Northwind Partners logo',
    );
    await expect(portal).to.be.accessible();

    portal.setAttribute('brand-color', '#fde047');
    await portal.updateComplete;
    expect(portal.style.getPropertyValue('--pk-color-brand')).to.equal('#fde047');
    expect(portal.style.getPropertyValue('--pk-color-brand-contrast')).to.equal('#000000');
  });

  it('switches the token palette with the theme attribute', async () => {
    const portal = await fixture<PkPortal>(
      html`<pk-portal api-base=${API_BASE} session-token="t" theme="light"></pk-portal>`,
    );
    const surface = () => getComputedStyle(portal).getPropertyValue('--pk-color-surface').trim();
    expect(surface()).to.equal('#ffffff');
    portal.theme = 'dark';
    await portal.updateComplete;
    expect(surface()).to.equal('#0d1117');
  });

  it("speaks the user's language when no locale is set, and the locale attribute otherwise", async () => {
    api.on('GET', '/v1/me', Me.parse({ ...me, user: { ...me.user, locale: 'es' } }));
    const portal = await fixture<PkPortal>(
      html`<pk-portal api-base=${API_BASE} session-token="t">
        <pk-deal-status></pk-deal-status>
      </pk-portal>`,
    );
    const status = portal.querySelector<PkDealStatus>('pk-deal-status')!;
    await until(() => shadowText(status, 'h2') === 'Sus oportunidades', 'Spanish');
    expect(portal.getAttribute('lang')).to.equal('es');
    portal.locale = 'ja';
    await until(() => shadowText(status, 'h2') === 'あなたの案件', 'Japanese');
  });

  it('warns in dev mode about missing configuration', async () => {
    const warnings = await captureWarnings(async () => {
      await fixture(html`<pk-portal></pk-portal>`);
      await fixture(html`<pk-portal api-base=${API_BASE} theme="neon"></pk-portal>`);
    });
    expect(warnings.join('\n')).to.contain('needs an api-base attribute');
    expect(warnings.join('\n')).to.contain('neither a session-token nor a sessionTokenProvider');
    expect(warnings.join('\n')).to.contain('theme="neon"');
  });
});

describe('defineElement', () => {
  it('skips a tag another version already holds and says which', async () => {
    class Other extends HTMLElement {
      static version = '9.9.9';
    }
    customElements.define('pk-test-taken', Other);
    class Mine extends HTMLElement {}
    const warnings = await captureWarnings(async () => defineElement('pk-test-taken', Mine));
    expect(customElements.get('pk-test-taken')).to.equal(Other);
    expect(warnings[0]).to.contain('already defined by PartnerKit 9.9.9');
    const again = await captureWarnings(async () => defineElement('pk-test-taken', Other));
    expect(again).to.have.length(0);
  });
});
