import { expect, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import './define.js';
import type { PkDealStatus } from './deal-status.js';
import { PkDealSubmittedEvent } from '../events/deal-submitted.js';
import { FakeApi, json, problem, type Recorded } from '../test/fake-api.js';
import { deal, dealEvent, me } from '../test/fixtures.js';
import { deepActiveElement, shadowText, until } from '../test/harness.js';
import { inPortal, type PortalOptions } from '../test/portal-fixture.js';

let api: FakeApi;

const first = deal({ id: 'deal_1' });
const second = deal({
  id: 'deal_2',
  status: 'pending_review',
  company: { name: 'Fabrikam SARL', domain: 'fabrikam.fr', country: 'FR' },
  amount: { value: 990_000, currency: 'JPY' },
  protectedUntil: null,
});
const third = deal({
  id: 'deal_3',
  status: 'rejected',
  company: { name: 'Tailspin AG', domain: 'tailspin.de', country: 'DE' },
  protectedUntil: null,
});

beforeEach(() => {
  api = new FakeApi()
    .on('GET', '/v1/me', me)
    .on('GET', '/v1/deals', (request: Recorded) =>
      request.search.get('cursor') === 'page-2'
        ? json({ items: [third], nextCursor: null })
        : json({ items: [first, second], nextCursor: 'page-2' }),
    )
    .on('GET', /^\/v1\/deals\/deal_1$/, first)
    .on('GET', /^\/v1\/deals\/deal_1\/events$/, {
      items: [
        dealEvent({ type: 'submitted', toStatus: 'submitted' }),
        dealEvent({
          type: 'approved',
          fromStatus: 'submitted',
          toStatus: 'approved',
          actor: 'system',
        }),
      ],
      nextCursor: null,
    })
    .install();
});

afterEach(() => api.restore());

async function mount(
  template = html`<pk-deal-status></pk-deal-status>`,
  options: PortalOptions = {},
) {
  const { el, portal } = await inPortal<PkDealStatus>(template, options);
  await until(
    () =>
      !!el.shadowRoot?.querySelector(
        '[part~="list"], [part~="detail"], [part~="empty"], [part~="error"]',
      ),
    'the deals',
  );
  await el.updateComplete;
  return { el, portal };
}

function button(el: PkDealStatus, selector: string): HTMLButtonElement {
  const found = el.shadowRoot!.querySelector<HTMLButtonElement>(selector);
  if (!found) throw new Error(`No ${selector}`);
  return found;
}

describe('<pk-deal-status>', () => {
  it('lists deals with status, amount and protection countdown, accessibly in both themes', async () => {
    for (const theme of ['light', 'dark'] as const) {
      const { el } = await mount(undefined, { theme });
      const items = el.shadowRoot!.querySelectorAll('[part~="item"]');
      expect(items).to.have.length(2);
      expect(items[0]!.textContent).to.contain('Contoso GmbH');
      expect(items[0]!.textContent).to.contain('€12,500.00');
      expect(items[0]!.querySelector('[part~="status"]')!.textContent!.trim()).to.equal('Approved');
      expect(items[0]!.querySelector('[part~="countdown"]')!.textContent).to.match(
        /in (89|90) days/,
      );
      expect(items[1]!.textContent).to.contain('¥990,000');
      expect(items[1]!.textContent).to.contain('Pending review');
      await expect(el).to.be.accessible();
    }
  });

  it('filters by status through the API and shows an empty state', async () => {
    api.on('GET', '/v1/deals', (request: Recorded) =>
      json({ items: request.search.get('status') === 'won' ? [] : [first], nextCursor: null }),
    );
    for (const theme of ['dark', 'light'] as const) {
      const { el } = await mount(html`<pk-deal-status status="won"></pk-deal-status>`, { theme });
      expect(api.callsTo('GET', '/v1/deals').at(-1)!.search.get('status')).to.equal('won');
      expect(shadowText(el, '[part~="empty"]')).to.equal('No deals with this status.');
      await expect(el).to.be.accessible();
    }
    const el = [...document.querySelectorAll('pk-deal-status')].at(-1)!;

    const select = el.shadowRoot!.querySelector('pk-select')!.shadowRoot!.querySelector('select')!;
    select.value = '';
    select.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    await until(() => !!el.shadowRoot!.querySelector('[part~="list"]'), 'the unfiltered list');
    expect(api.callsTo('GET', '/v1/deals').at(-1)!.search.has('status')).to.equal(false);
  });

  it('loads more with the cursor and announces it', async () => {
    const { el } = await mount();
    button(el, '[part~="load-more"]').click();
    await until(() => el.shadowRoot!.querySelectorAll('[part~="item"]').length === 3, 'page 2');
    expect(api.callsTo('GET', '/v1/deals').at(-1)!.search.get('cursor')).to.equal('page-2');
    expect(el.shadowRoot!.querySelector('[part~="load-more"]')).to.equal(null);
    expect(shadowText(el, '[role="status"]')).to.equal('1 more deal loaded.');
  });

  it('opens a deal and goes back with the keyboard, keeping focus where the user is', async () => {
    const { el } = await mount();
    const details = el.shadowRoot!.querySelector<HTMLButtonElement>('[data-deal="deal_1"] button')!;
    details.focus();
    await sendKeys({ press: 'Enter' });
    await until(() => !!el.shadowRoot!.querySelector('[part~="detail"]'), 'the detail');
    await el.updateComplete;
    expect(deepActiveElement()).to.equal(el.shadowRoot!.querySelector('#detail-title'));
    await sendKeys({ press: 'Shift+Tab' });
    expect(deepActiveElement()).to.equal(el.shadowRoot!.querySelector('[part~="back"]'));
    await sendKeys({ press: 'Enter' });
    await until(() => !!el.shadowRoot!.querySelector('[part~="list"]'), 'the list again');
    await el.updateComplete;
    expect(deepActiveElement()).to.equal(
      el.shadowRoot!.querySelector('[data-deal="deal_1"] button'),
    );
  });

  it('shows one deal with its timeline and requests an extension once', async () => {
    let requested = false;
    api.on('POST', '/v1/deals/deal_1/extension-requests', (request: Recorded) => {
      requested = true;
      return json(
        {
          id: 'ext_1',
          dealId: 'deal_1',
          status: 'pending',
          reason: (request.body as { reason: string }).reason,
          createdAt: new Date().toISOString(),
          decidedAt: null,
        },
        201,
      );
    });
    api.on('GET', /^\/v1\/deals\/deal_1\/events$/, () =>
      json({
        items: [
          dealEvent({ type: 'approved', toStatus: 'approved', actor: 'system' }),
          ...(requested
            ? [dealEvent({ type: 'extension_requested', fromStatus: null, toStatus: null })]
            : []),
        ],
        nextCursor: null,
      }),
    );
    const dark = await mount(html`<pk-deal-status deal-id="deal_1"></pk-deal-status>`, {
      theme: 'dark',
    });
    await expect(dark.el).to.be.accessible();
    dark.portal.remove();
    const { el } = await mount(html`<pk-deal-status deal-id="deal_1"></pk-deal-status>`);
    expect(shadowText(el, '#detail-title')).to.equal('Contoso GmbH');
    expect(shadowText(el, '[part~="timeline"]')).to.contain('Approved');
    expect(shadowText(el, '[part~="timeline"]')).to.contain('PartnerKit');
    expect(el.shadowRoot!.querySelector('[part~="back"]')).to.equal(null);
    await expect(el).to.be.accessible();

    button(el, '[part~="extension-submit"]').click();
    await el.updateComplete;
    const textarea = el.shadowRoot!.querySelector('pk-textarea')!;
    expect(textarea.error).to.equal('Fill in this field.');
    expect(api.callsTo('POST', '/v1/deals/deal_1/extension-requests')).to.have.length(0);

    const native = textarea.shadowRoot!.querySelector('textarea')!;
    native.value = 'Procurement needs another month';
    native.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    await el.updateComplete;
    button(el, '[part~="extension-submit"]').click();
    await until(
      () => shadowText(el, '[part~="extension"]').includes('waiting for the channel team'),
      'pending',
    );
    const [call] = api.callsTo('POST', '/v1/deals/deal_1/extension-requests');
    expect(call!.body).to.deep.equal({ reason: 'Procurement needs another month' });
    expect(call!.headers.get('idempotency-key')).to.be.a('string');
    expect(shadowText(el, '[part~="timeline"]')).to.contain('Extension requested');
    await expect(el).to.be.accessible();
  });

  it('explains a refused extension request', async () => {
    api.on('POST', '/v1/deals/deal_1/extension-requests', () =>
      problem(409, 'extension_limit_reached'),
    );
    const { el } = await mount(html`<pk-deal-status deal-id="deal_1"></pk-deal-status>`);
    const textarea = el.shadowRoot!.querySelector('pk-textarea')!;
    textarea.value = 'More time please';
    textarea.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    const failed = oneEvent(el, 'pk-error');
    button(el, '[part~="extension-submit"]').click();
    await failed;
    await el.updateComplete;
    expect(shadowText(el, '[part~="extension"] [role="alert"]')).to.equal(
      'This deal has used all its extensions.',
    );
  });

  it('refreshes when a deal is submitted anywhere on the page', async () => {
    const { el } = await mount();
    const before = api.callsTo('GET', '/v1/deals').length;
    document.body.dispatchEvent(new PkDealSubmittedEvent(deal({ id: 'deal_9' })));
    await until(() => api.callsTo('GET', '/v1/deals').length === before + 1, 'the refresh');
    expect(el.isConnected).to.equal(true);
  });

  it('lays out right-to-left in Arabic with Arabic statuses', async () => {
    const { el } = await mount(undefined, { locale: 'ar' });
    expect(el.shadowRoot!.querySelector('[part~="base"]')!.getAttribute('dir')).to.equal('rtl');
    expect(shadowText(el, '[part~="status"]')).to.equal('معتمدة');
    await expect(el).to.be.accessible();
  });

  it('says when a deal does not exist, and retries failed loads', async () => {
    const missing = await mount(html`<pk-deal-status deal-id="nope"></pk-deal-status>`);
    expect(shadowText(missing.el, '[part~="error"]')).to.equal('This deal was not found.');

    api.on('GET', '/v1/deals', () => problem(503, 'internal_error'));
    const { el } = await mount(undefined, { theme: 'dark' });
    await until(() => !!el.shadowRoot!.querySelector('[part~="retry"]'), 'the retry');
    await expect(el).to.be.accessible();
    api.on('GET', '/v1/deals', { items: [first], nextCursor: null });
    button(el, '[part~="retry"]').click();
    await until(() => !!el.shadowRoot!.querySelector('[part~="list"]'), 'the list');
  }).timeout(15000);
});
