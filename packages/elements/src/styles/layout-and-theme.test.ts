import { expect, html } from '@open-wc/testing';
import { emulateMedia, setViewport } from '@web/test-runner-commands';
import '../deal-registration/define.js';
import '../deal-status/define.js';
import '../mdf-request/define.js';
import type { PkDealRegistration } from '../deal-registration/deal-registration.js';
import type { PkDealStatus } from '../deal-status/deal-status.js';
import type { PkMdfRequest } from '../mdf-request/mdf-request.js';
import { FakeApi, json } from '../test/fake-api.js';
import { deal, dealEvent, dealForm, mdfBalances, mdfForm, me } from '../test/fixtures.js';
import { until } from '../test/harness.js';
import { inPortal } from '../test/portal-fixture.js';

let api: FakeApi;

beforeEach(() => {
  localStorage.clear();
  api = new FakeApi()
    .on('GET', '/v1/me', me)
    .on('GET', '/v1/deal-form', dealForm)
    .on('GET', '/v1/mdf/form', mdfForm)
    .on('GET', '/v1/mdf/balance', mdfBalances)
    .on('GET', '/v1/deals', { items: [deal()], nextCursor: 'more' })
    .on('GET', /^\/v1\/deals\/deal_1$/, deal())
    .on('GET', /^\/v1\/deals\/deal_1\/events$/, () =>
      json({ items: [dealEvent()], nextCursor: null }),
    )
    .install();
});

afterEach(async () => {
  api.restore();
  await setViewport({ width: 800, height: 600 });
  await emulateMedia({ colorScheme: 'light' });
});

function overflows(): boolean {
  return document.documentElement.scrollWidth > window.innerWidth;
}

describe('layout and theme', () => {
  it('fits the registration form into 320 px without horizontal scrolling', async () => {
    await setViewport({ width: 320, height: 640 });
    const { el } = await inPortal<PkDealRegistration>(
      html`<pk-deal-registration></pk-deal-registration>`,
      { locale: 'de' },
    );
    await until(() => !!el.shadowRoot?.querySelector('form'), 'the form');
    await el.updateComplete;
    expect(overflows()).to.equal(false);
    await expect(el).to.be.accessible();
  });

  it('fits the deal list and a deal into 320 px, right-to-left too', async () => {
    await setViewport({ width: 320, height: 640 });
    for (const locale of ['fr', 'ar']) {
      const list = await inPortal<PkDealStatus>(html`<pk-deal-status></pk-deal-status>`, {
        locale,
      });
      await until(() => !!list.el.shadowRoot?.querySelector('[part~="list"]'), 'the list');
      expect(overflows()).to.equal(false);
      const one = await inPortal<PkDealStatus>(
        html`<pk-deal-status deal-id="deal_1"></pk-deal-status>`,
        { locale },
      );
      await until(() => !!one.el.shadowRoot?.querySelector('[part~="detail"]'), 'the deal');
      expect(overflows()).to.equal(false);
    }
  });

  it('fits the MDF balance and request form into 320 px, right-to-left too', async () => {
    await setViewport({ width: 320, height: 640 });
    for (const locale of ['de', 'ar']) {
      const { el } = await inPortal<PkMdfRequest>(html`<pk-mdf-request></pk-mdf-request>`, {
        locale,
      });
      await until(() => !!el.shadowRoot?.querySelector('form'), 'the form');
      await el.updateComplete;
      expect(overflows()).to.equal(false);
      await expect(el).to.be.accessible();
    }
  });

  it('follows the system colour scheme with theme="auto", accessibly', async () => {
    await emulateMedia({ colorScheme: 'dark' });
    const { el, portal } = await inPortal<PkDealStatus>(html`<pk-deal-status></pk-deal-status>`, {
      theme: 'auto',
    });
    await until(() => !!el.shadowRoot?.querySelector('[part~="list"]'), 'the list');
    expect(getComputedStyle(portal).getPropertyValue('--pk-color-surface').trim()).to.equal(
      '#0d1117',
    );
    await expect(el).to.be.accessible();
    await emulateMedia({ colorScheme: 'light' });
    expect(getComputedStyle(portal).getPropertyValue('--pk-color-surface').trim()).to.equal(
      '#ffffff',
    );
  });
});
