import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import './define.js';
import type { PkMdfRequest } from './mdf-request.js';
import { FakeApi, json, offline, problem, type Recorded } from '../test/fake-api.js';
import { mdfBalances, mdfForm, mdfFormWithoutFunds, mdfRequest, me } from '../test/fixtures.js';
import { deepActiveElement, field, fill, shadowText, until } from '../test/harness.js';
import { inPortal, type PortalOptions } from '../test/portal-fixture.js';

const DRAFT_KEY = `pk-draft:mdf-request:${me.tenant.id}:${me.partner.id}:${me.user.id}`;

let api: FakeApi;

beforeEach(() => {
  localStorage.clear();
  api = new FakeApi()
    .on('GET', '/v1/me', me)
    .on('GET', '/v1/mdf/form', mdfForm)
    .on('GET', '/v1/mdf/balance', mdfBalances)
    .install();
});

afterEach(() => api.restore());

async function mount(options: PortalOptions = {}, ready = 'form') {
  const { el, portal } = await inPortal<PkMdfRequest>(
    html`<pk-mdf-request></pk-mdf-request>`,
    options,
  );
  await until(() => !!el.shadowRoot?.querySelector(ready), ready);
  await el.updateComplete;
  return { el, portal };
}

/** A request for the first quarter's EUR funds (€8,000 available there). */
async function fillRequest(el: PkMdfRequest, amount = '5000') {
  await fill(el, 'activityType', 'event');
  await fill(el, 'title', 'Spring trade fair booth');
  await fill(el, 'startDate', '2030-02-10');
  await fill(el, 'endDate', '2030-02-12');
  await fill(el, 'amount', amount);
  await fill(el, 'expectedOutcomes.leads', '40');
}

function submit(el: PkMdfRequest) {
  el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="submit"]')!.click();
}

const posts = () => api.callsTo('POST', '/v1/mdf/requests');

describe('<pk-mdf-request>', () => {
  it('shows a balance card per currency and period with an accessible meter, in both themes', async () => {
    for (const theme of ['light', 'dark'] as const) {
      const { el } = await mount({ theme });
      const cards = [...el.shadowRoot!.querySelectorAll('[part~="balance"]')];
      expect(cards).to.have.length(3);
      expect(cards.map((card) => card.querySelector('h3')!.textContent)).to.deep.equal([
        'EUR · Apr 1 – Jun 30, 2030',
        'EUR · Jan 1 – Mar 31, 2030',
        'USD · Jan 1 – Mar 31, 2030',
      ]);
      const q1 = cards[1]!;
      expect(q1.textContent).to.contain('€8,000.00 available');
      expect(q1.textContent).to.contain('of €20,000.00 allocated');
      const meter = q1.querySelector('[role="meter"]')!;
      expect(meter.getAttribute('aria-valuenow')).to.equal('800000');
      expect(meter.getAttribute('aria-valuemax')).to.equal('2000000');
      expect(meter.getAttribute('aria-valuetext')).to.equal('€8,000.00 available of €20,000.00');
      expect(meter.getAttribute('aria-label')).to.equal('EUR funds for Jan 1 – Mar 31, 2030');
      const buckets = [...q1.querySelectorAll('dd')].map((dd) => dd.textContent);
      expect(buckets).to.deep.equal([
        '€2,000.00',
        '€2,000.00',
        '€5,000.00',
        '€3,000.00',
        '€8,000.00',
      ]);
      expect(cards[2]!.textContent).to.contain('$5,000.00 available');
      await expect(el).to.be.accessible();
    }
  });

  it('says so when the partner has no allocation, and shows no form', async () => {
    api
      .on('GET', '/v1/mdf/form', mdfFormWithoutFunds)
      .on('GET', '/v1/mdf/balance', { balances: [] });
    const { el } = await mount({}, '[part~="no-allocation"]');
    expect(shadowText(el, '[part~="no-allocation"]')).to.contain('No funds allocated yet');
    expect(el.shadowRoot!.querySelector('form')).to.equal(null);
    expect(el.shadowRoot!.querySelector('[part~="balance"]')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('shows what is still available as the partner types, and refuses more before submit', async () => {
    const { el } = await mount();
    const available = el.shadowRoot!.querySelector('[part~="available"]')!;
    expect(available.getAttribute('aria-live')).to.equal('polite');
    expect(shadowText(el, '[part~="available"]')).to.equal(
      'Choose a start date to see what is available.',
    );
    await fillRequest(el, '3000');
    expect(shadowText(el, '[part~="available"]')).to.equal(
      '€5,000.00 of €8,000.00 still available for Jan 1 – Mar 31, 2030.',
    );
    expect(field(el, 'amount').error).to.equal('');
    await fill(el, 'amount', '9000');
    expect(shadowText(el, '[part~="available"]')).to.equal(
      '€1,000.00 more than the €8,000.00 available for Jan 1 – Mar 31, 2030.',
    );
    expect(field(el, 'amount').error).to.equal(
      'Request at most €8,000.00, what is available for Jan 1 – Mar 31, 2030.',
    );
    // The period that contains the start date decides: Q2 has €10,000 in EUR.
    await fill(el, 'startDate', '2030-04-02');
    await fill(el, 'endDate', '2030-04-03');
    expect(field(el, 'amount').error).to.equal('');
    // And the currency: there are no USD funds in Q2.
    await fill(el, 'startDate', '2030-04-02');
    const money = field(el, 'amount');
    const currency = money.shadowRoot!.querySelector('select')!;
    currency.value = 'USD';
    currency.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    await el.updateComplete;
    expect(field(el, 'amount').error).to.equal(
      'You have no USD funds for a period that contains the start date.',
    );
    await fill(el, 'startDate', '2030-02-10');
    await fill(el, 'endDate', '2030-02-12');
    await fill(el, 'amount', '9000');
    expect(field(el, 'amount').error).to.equal(
      'Request at most $5,000.00, what is available for Jan 1 – Mar 31, 2030.',
    );
    submit(el);
    await el.updateComplete;
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(posts()).to.have.length(0);
    expect(deepActiveElement()).to.equal(control(field(el, 'amount')));
    await expect(el).to.be.accessible();
  });

  it('checks the contract rules: required fields and an end before the start', async () => {
    const { el } = await mount();
    await fill(el, 'startDate', '2030-02-10');
    await fill(el, 'endDate', '2030-02-01');
    expect(field(el, 'endDate').error).to.equal('The activity cannot end before it starts.');
    submit(el);
    await until(() => field(el, 'title').error !== '', 'errors');
    expect(field(el, 'title').error).to.equal('Fill in this field.');
    expect(field(el, 'activityType').error).to.equal('Fill in this field.');
    expect(field(el, 'amount').error).to.equal('Fill in this field.');
    expect(deepActiveElement()).to.equal(control(field(el, 'activityType')));
    expect(posts()).to.have.length(0);
  });

  it('POSTs a contract-valid request with an Idempotency-Key, shows it and fires pk-mdf-requested', async () => {
    const answer = mdfRequest();
    api.on('POST', '/v1/mdf/requests', () => json(answer, 201));
    const { el } = await mount();
    await fillRequest(el);
    await fill(el, 'campaignId', 'cmp_spring');
    expect(localStorage.getItem(DRAFT_KEY)).to.not.equal(null);
    const requested = oneEvent(el, 'pk-mdf-requested');
    submit(el);
    const { detail } = await requested;
    expect(detail.request.id).to.equal('mdfr_1');
    const [call] = posts();
    expect(call!.body).to.deep.equal({
      activityType: 'event',
      title: 'Spring trade fair booth',
      startDate: '2030-02-10',
      endDate: '2030-02-12',
      amount: { value: 500_000, currency: 'EUR' },
      expectedOutcomes: { leads: 40 },
      campaignId: 'cmp_spring',
    });
    expect(call!.headers.get('idempotency-key')).to.be.a('string').and.not.equal('');
    await el.updateComplete;
    expect(shadowText(el, '#result-title')).to.equal('Request sent');
    expect(shadowText(el, '[part~="result"]')).to.contain(
      '€5,000.00 for “Spring trade fair booth”',
    );
    expect(shadowText(el, '[part~="status"]')).to.equal('Submitted');
    expect(deepActiveElement()).to.equal(el.shadowRoot!.querySelector('#result-title'));
    expect(localStorage.getItem(DRAFT_KEY)).to.equal(null);
    // The balance is read again, so the held amount shows.
    await until(() => api.callsTo('GET', '/v1/mdf/balance').length === 2, 'the balance refresh');
    await expect(el).to.be.accessible();
  });

  it('puts a 422 mdf_insufficient_funds on the amount field and refreshes the balance', async () => {
    api.on('POST', '/v1/mdf/requests', () =>
      problem(422, 'mdf_insufficient_funds', [
        {
          path: 'amount.value',
          code: 'insufficient_funds',
          message: 'Only EUR 10.00 available for 2030-01-01 to 2030-03-31',
        },
      ]),
    );
    const { el } = await mount();
    await fillRequest(el);
    const failed = oneEvent(el, 'pk-error');
    submit(el);
    await failed;
    await until(() => field(el, 'amount').error !== '', 'the amount error');
    expect(field(el, 'amount').error).to.equal(
      'This is more than is still available; the balance above is up to date now.',
    );
    expect(shadowText(el, '[part~="form-error"]')).to.contain('The request was not sent.');
    expect(deepActiveElement()).to.equal(control(field(el, 'amount')));
    await until(() => api.callsTo('GET', '/v1/mdf/balance').length === 2, 'the balance refresh');
    const draft = JSON.parse(localStorage.getItem(DRAFT_KEY)!);
    expect(draft.idempotencyKey).to.equal(undefined);
    await expect(el).to.be.accessible();
  });

  it('restores the draft and its Idempotency-Key after a failed submit and a reload', async () => {
    api.on('POST', '/v1/mdf/requests', () => offline());
    const first = await mount();
    await fillRequest(first.el);
    await fill(first.el, 'description', 'Booth 4B, hall 2');
    const failed = oneEvent(first.el, 'pk-error');
    submit(first.el);
    await failed;
    await first.el.updateComplete;
    expect(shadowText(first.el, '[part~="form-error"]')).to.contain('Nothing you typed is lost');
    const key = posts()[0]!.headers.get('idempotency-key');
    first.portal.remove();

    api.on('POST', '/v1/mdf/requests', (request: Recorded) =>
      json(mdfRequest({ title: (request.body as { title: string }).title }), 201),
    );
    const { el } = await mount();
    expect(shadowText(el, '[part~="draft-notice"]')).to.contain('unsent draft');
    expect(field(el, 'title').value).to.equal('Spring trade fair booth');
    expect(field(el, 'description').value).to.equal('Booth 4B, hall 2');
    expect(field(el, 'amount')).to.have.property('amount', 500_000);
    const requested = oneEvent(el, 'pk-mdf-requested');
    submit(el);
    await requested;
    expect(posts().at(-1)!.headers.get('idempotency-key')).to.equal(key);
  }).timeout(15000);

  it('shows a loading state, then a retry when the balance cannot be loaded', async () => {
    let release: (() => void) | undefined;
    api.on(
      'GET',
      '/v1/mdf/balance',
      () => new Promise<Response>((resolve) => (release = () => resolve(json(mdfBalances)))),
    );
    const loading = await mount({}, '[part~="loading"]');
    expect(shadowText(loading.el, '[part~="loading"]')).to.equal('Loading…');
    await expect(loading.el).to.be.accessible();
    release?.();
    await until(() => !!loading.el.shadowRoot?.querySelector('form'), 'the form');
    loading.portal.remove();

    api.on('GET', '/v1/mdf/balance', () => offline());
    const { el } = await mount({ theme: 'dark' }, '[part~="retry"]');
    expect(shadowText(el, '[part~="error"]')).to.contain('could not be reached');
    await expect(el).to.be.accessible();
    api.on('GET', '/v1/mdf/balance', mdfBalances);
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="retry"]')!.click();
    await until(() => !!el.shadowRoot?.querySelector('form'), 'the form after retry');
  }).timeout(15000);

  it('speaks German and lays out right-to-left in Arabic', async () => {
    const { el } = await mount({ locale: 'de' });
    expect(shadowText(el, 'form h2')).to.equal('Mittel beantragen');
    expect(field(el, 'amount').getAttribute('label')).to.equal('Beantragter Betrag');
    expect(shadowText(el, '[part~="balance"] .available strong')).to.contain('verfügbar');

    const arabic = await mount({ locale: 'ar' });
    const base = arabic.el.shadowRoot!.querySelector('[part~="base"]')!;
    expect(base.getAttribute('dir')).to.equal('rtl');
    expect(shadowText(arabic.el, 'form h2')).to.equal('طلب أموال');
    await expect(arabic.el).to.be.accessible();
  });

  it('can be filled in and submitted with the keyboard alone', async () => {
    api.on('POST', '/v1/mdf/requests', (request: Recorded) =>
      json(mdfRequest({ title: (request.body as { title: string }).title }), 201),
    );
    const { el } = await mount();
    control(field(el, 'activityType')).focus();
    await sendKeys({ press: 'ArrowDown' });
    await tabTo('title');
    await sendKeys({ type: 'Webinar series' });
    await tabTo('startDate');
    await sendKeys({ type: '02102030' });
    await tabTo('endDate');
    await sendKeys({ type: '02122030' });
    await tabTo('amount');
    await sendKeys({ type: '2500' });
    await el.updateComplete;
    expect(field(el, 'activityType').value).to.equal('event');
    expect(field(el, 'title').value).to.equal('Webinar series');
    expect(field(el, 'startDate').value).to.equal('2030-02-10');
    expect(field(el, 'endDate').value).to.equal('2030-02-12');
    expect(field(el, 'amount')).to.have.property('amount', 250_000);
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="submit"]')!.focus();
    const requested = oneEvent(el, 'pk-mdf-requested');
    await sendKeys({ press: 'Enter' });
    await requested;
    expect(posts()[0]!.body).to.deep.include({ title: 'Webinar series', startDate: '2030-02-10' });
  });

  it('outside a portal shows a translated message', async () => {
    const original = console.warn;
    console.warn = () => undefined;
    try {
      const div = await fixture(html`<div lang="de"><pk-mdf-request></pk-mdf-request></div>`);
      const el = div.firstElementChild as PkMdfRequest;
      await until(() => !!el.shadowRoot?.querySelector('[part~="missing-portal"]'), 'message');
      await expect(el).to.be.accessible();
    } finally {
      console.warn = original;
    }
  });
});

/** Presses Tab until focus is in the field for `path` (a date input tabs through its parts). */
async function tabTo(path: string) {
  for (let i = 0; i < 6; i++) {
    await sendKeys({ press: 'Tab' });
    const host = (deepActiveElement()?.getRootNode() as ShadowRoot | Document) ?? document;
    if ('host' in host && host.host.getAttribute('data-path') === path) return;
  }
  throw new Error(`Tab never reached ${path}`);
}

function control(el: Element) {
  return el.shadowRoot!.querySelector<HTMLElement>('input, select, textarea')!;
}
