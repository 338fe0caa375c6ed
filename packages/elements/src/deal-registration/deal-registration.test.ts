import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import './define.js';
import type { PkDealRegistration } from './deal-registration.js';
import { PRECHECK_DELAY_MS } from './precheck-controller.js';
import { FakeApi, json, offline, problem, type Recorded } from '../test/fake-api.js';
import { deal, dealForm, me, verdict } from '../test/fixtures.js';
import { check, deepActiveElement, field, fill, shadowText, until } from '../test/harness.js';
import { inPortal, type PortalOptions } from '../test/portal-fixture.js';

const DRAFT_KEY = `pk-draft:deal-registration:${me.tenant.id}:${me.partner.id}:${me.user.id}`;

let api: FakeApi;

beforeEach(() => {
  localStorage.clear();
  api = new FakeApi()
    .on('GET', '/v1/me', me)
    .on('GET', '/v1/deal-form', dealForm)
    .on('POST', '/v1/deals/check', verdict('approved', ['no_conflict']))
    .install();
});

afterEach(() => api.restore());

async function mount(options: PortalOptions = {}) {
  const { el, portal } = await inPortal<PkDealRegistration>(
    html`<pk-deal-registration></pk-deal-registration>`,
    options,
  );
  await until(() => !!el.shadowRoot?.querySelector('form'), 'the form');
  await el.updateComplete;
  return { el, portal };
}

async function fillValidDeal(el: PkDealRegistration) {
  await fill(el, 'company.name', 'Contoso GmbH');
  await fill(el, 'company.domain', 'contoso.de');
  await fill(el, 'company.country', 'DE');
  await fill(el, 'contact.name', 'Chris Buyer');
  await fill(el, 'contact.email', 'chris@contoso.de');
  await check(el, 'products');
  await fill(el, 'amount', '12500');
  await fill(el, 'expectedCloseDate', '2027-03-31');
  await fill(el, 'customFields.industry', 'retail');
}

function submit(el: PkDealRegistration) {
  el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="submit"]')!.click();
}

describe('<pk-deal-registration>', () => {
  it('renders the tenant form with its custom fields and is accessible in both themes', async () => {
    for (const theme of ['light', 'dark'] as const) {
      const { el } = await mount({ theme });
      expect(shadowText(el, 'h2')).to.equal('Register a deal');
      expect(field(el, 'customFields.industry').getAttribute('label')).to.equal('Industry');
      expect(field(el, 'customFields.seats').getAttribute('label')).to.equal('Seats');
      expect(el.shadowRoot!.querySelectorAll('pk-checkbox[value]')).to.have.length(2);
      await expect(el).to.be.accessible();
    }
  });

  it('labels custom fields in the portal locale and lays out right-to-left in Arabic', async () => {
    const { el } = await mount({ locale: 'de' });
    expect(field(el, 'customFields.industry').getAttribute('label')).to.equal('Branche');
    expect(shadowText(el, 'h2')).to.equal('Deal registrieren');

    const arabic = await mount({ locale: 'ar' });
    const base = arabic.el.shadowRoot!.querySelector('[part~="base"]')!;
    expect(base.getAttribute('dir')).to.equal('rtl');
    expect(arabic.portal.getAttribute('dir')).to.equal('rtl');
    expect(shadowText(arabic.el, 'h2')).to.equal('تسجيل صفقة');
    await expect(arabic.el).to.be.accessible();
  });

  for (const theme of ['light', 'dark'] as const) {
    it(`shows contract validation errors on submit and focuses the first invalid field (${theme})`, async () => {
      const { el } = await mount({ theme });
      submit(el);
      await el.updateComplete;
      await until(() => field(el, 'company.name').error !== '', 'errors');
      expect(field(el, 'company.name').error).to.equal('Fill in this field.');
      expect(field(el, 'contact.email').error).to.equal('Fill in this field.');
      expect(shadowText(el, '#products-error')).to.equal('Fill in this field.');
      expect(field(el, 'company.name').matches(':state(user-invalid)')).to.equal(true);
      expect(deepActiveElement()).to.equal(
        field(el, 'company.name').shadowRoot!.querySelector('input'),
      );
      expect(api.callsTo('POST', '/v1/deals')).to.have.length(0);
      await expect(el).to.be.accessible();
    });
  }

  it('validates a field when the user leaves it, with the contract rules', async () => {
    const { el } = await mount();
    await fill(el, 'contact.email', 'not-an-email');
    expect(field(el, 'contact.email').error).to.equal(
      'Enter an email address such as name@example.com.',
    );
    expect(field(el, 'company.name').error).to.equal('');
    await fill(el, 'amount', '12,5x');
    expect(field(el, 'amount').error).to.equal('Enter a number.');
  });

  it('can be filled in and submitted with the keyboard alone', async () => {
    api.on('POST', '/v1/deals', (request: Recorded) =>
      json(deal({ company: (request.body as { company: never }).company }), 201),
    );
    const { el } = await mount();
    field(el, 'company.name').focus();
    await sendKeys({ type: 'Contoso GmbH' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: 'contoso.de' });
    await el.updateComplete;
    expect(field(el, 'company.name').value).to.equal('Contoso GmbH');
    expect(field(el, 'company.domain').value).to.equal('contoso.de');
    await fillValidDeal(el);
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="submit"]')!.focus();
    const submitted = oneEvent(el, 'pk-deal-submitted');
    await sendKeys({ press: 'Enter' });
    await submitted;
  });

  it('pre-checks company, domain and country after a pause, aborting the previous check', async () => {
    let resolveFirst: (() => void) | undefined;
    let calls = 0;
    api.on('POST', '/v1/deals/check', () => {
      calls += 1;
      if (calls === 1) {
        return new Promise<Response>((resolve) => {
          resolveFirst = () => resolve(json(verdict('approved', ['no_conflict'])));
        });
      }
      return json(verdict('pending_review', ['similar_company']));
    });
    const { el } = await mount();
    await fill(el, 'company.name', 'Cont');
    await fill(el, 'company.name', 'Contoso');
    await new Promise((resolve) => setTimeout(resolve, PRECHECK_DELAY_MS + 100));
    expect(api.callsTo('POST', '/v1/deals/check')).to.have.length(1);
    expect(api.calls.at(-1)!.body).to.deep.equal({ company: { name: 'Contoso' }, dealType: 'new' });

    const event = oneEvent(el, 'pk-deal-check');
    await fill(el, 'company.domain', 'contoso.de');
    await fill(el, 'company.country', 'DE');
    const { detail } = await event;
    expect(api.callsTo('POST', '/v1/deals/check')[0]!.signal!.aborted).to.equal(true);
    resolveFirst?.();
    expect(detail.verdict.status).to.equal('pending_review');
    expect(api.calls.at(-1)!.body).to.deep.equal({
      company: { name: 'Contoso', domain: 'contoso.de', country: 'DE' },
      dealType: 'new',
    });
    await el.updateComplete;
    const region = el.shadowRoot!.querySelector('[part~="precheck"]')!;
    expect(region.getAttribute('aria-live')).to.equal('polite');
    expect(region.textContent).to.contain('will probably need a review');
    expect(region.textContent).to.contain(
      'A company with a very similar name is already registered.',
    );
    await expect(el).to.be.accessible();
  });

  for (const [status, title, text] of [
    ['approved', 'Deal approved', 'protected until'],
    ['pending_review', 'Pending review', 'similar name'],
    ['rejected', 'Registration rejected', 'already registered'],
  ] as const) {
    it(`shows a ${status} decision with its reasons at once and fires pk-deal-submitted`, async () => {
      const reasons = {
        approved: [{ code: 'no_conflict', message: 'ok' }],
        pending_review: [{ code: 'similar_company', message: 'similar' }],
        rejected: [{ code: 'duplicate_domain', message: 'dup' }],
      }[status];
      const answer = deal({
        status,
        reasons: reasons as never,
        protectedUntil: status === 'approved' ? deal().protectedUntil : null,
      });
      api.on('POST', '/v1/deals', () => json(answer, 201));
      const { el } = await mount({ theme: status === 'rejected' ? 'dark' : 'light' });
      await fillValidDeal(el);
      expect(localStorage.getItem(DRAFT_KEY)).to.not.equal(null);
      const submitted = oneEvent(el, 'pk-deal-submitted');
      submit(el);
      const { detail } = await submitted;
      expect(detail.deal.id).to.equal(answer.id);
      await el.updateComplete;
      expect(shadowText(el, '#decision-title')).to.equal(title);
      expect(shadowText(el, '[part~="decision"]').toLowerCase()).to.contain(text);
      expect(deepActiveElement()).to.equal(el.shadowRoot!.querySelector('#decision-title'));
      expect(localStorage.getItem(DRAFT_KEY)).to.equal(null);
      const body = api.callsTo('POST', '/v1/deals')[0]!.body as Record<string, unknown>;
      expect(body['amount']).to.deep.equal({ value: 1_250_000, currency: 'EUR' });
      expect(body['customFields']).to.deep.equal({ industry: 'retail' });
      expect(body).to.not.have.property('notes');
      await expect(el).to.be.accessible();
    });
  }

  it('puts server field errors on the right fields and keeps the draft', async () => {
    api.on('POST', '/v1/deals', () =>
      problem(422, 'validation_failed', [
        {
          path: 'company.domain',
          code: 'invalid_format',
          message: 'Enter a domain such as example.com',
        },
        {
          path: 'customFields.industry',
          code: 'custom',
          message: 'Industry is not allowed for this partner',
        },
      ]),
    );
    const { el } = await mount();
    await fillValidDeal(el);
    const failed = oneEvent(el, 'pk-error');
    submit(el);
    await failed;
    await until(() => field(el, 'company.domain').error !== '', 'server errors');
    expect(field(el, 'company.domain').error).to.equal('Check the format of this value.');
    expect(field(el, 'customFields.industry').error).to.equal(
      'Industry is not allowed for this partner',
    );
    expect(deepActiveElement()).to.equal(control(field(el, 'company.domain')));
    expect(shadowText(el, '[part~="form-error"]')).to.contain('The deal was not registered.');
    const draft = JSON.parse(localStorage.getItem(DRAFT_KEY)!);
    expect(draft.values.company.name).to.equal('Contoso GmbH');
    expect(draft.idempotencyKey).to.equal(undefined);
    await fill(el, 'company.domain', 'contoso.com');
    expect(field(el, 'company.domain').error).to.equal('');
    await expect(el).to.be.accessible();
  });

  it('keeps the draft and its Idempotency-Key after a network failure, restores both after a reload', async () => {
    api.on('POST', '/v1/deals', () => offline());
    const first = await mount();
    await fillValidDeal(first.el);
    await fill(first.el, 'notes', 'Met at the trade fair');
    const failed = oneEvent(first.el, 'pk-error');
    submit(first.el);
    await failed;
    await first.el.updateComplete;
    expect(shadowText(first.el, '[part~="form-error"]')).to.contain('Nothing you typed is lost');
    const attempts = api.callsTo('POST', '/v1/deals');
    const key = attempts[0]!.headers.get('idempotency-key');
    expect(key).to.be.a('string');
    expect(new Set(attempts.map((call) => call.headers.get('idempotency-key')))).to.have.length(1);
    first.portal.remove();

    api.on('POST', '/v1/deals', () => json(deal(), 201));
    const { el } = await mount();
    expect(shadowText(el, '[part~="draft-notice"]')).to.contain('unsent draft');
    expect(field(el, 'company.name').value).to.equal('Contoso GmbH');
    expect(field(el, 'notes').value).to.equal('Met at the trade fair');
    expect(field(el, 'amount')).to.have.property('amount', 1_250_000);
    const submitted = oneEvent(el, 'pk-deal-submitted');
    submit(el);
    await submitted;
    expect(api.callsTo('POST', '/v1/deals').at(-1)!.headers.get('idempotency-key')).to.equal(key);
    expect(localStorage.getItem(DRAFT_KEY)).to.equal(null);
  }).timeout(15000);

  it('discards a restored draft on request and puts focus on the first field', async () => {
    localStorage.setItem(
      DRAFT_KEY,
      JSON.stringify({
        values: { company: { name: 'Half typed' } },
        savedAt: new Date().toISOString(),
      }),
    );
    const { el } = await mount();
    expect(field(el, 'company.name').value).to.equal('Half typed');
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="draft-notice"] button')!.click();
    await el.updateComplete;
    expect(field(el, 'company.name').value).to.equal('');
    expect(localStorage.getItem(DRAFT_KEY)).to.equal(null);
    expect(deepActiveElement()).to.equal(control(field(el, 'company.name')));
  });

  it('keeps drafts apart per tenant and user', async () => {
    localStorage.setItem(
      `pk-draft:deal-registration:${me.tenant.id}:${me.partner.id}:someone-else`,
      JSON.stringify({
        values: { company: { name: 'Not mine' } },
        savedAt: new Date().toISOString(),
      }),
    );
    const { el } = await mount();
    expect(field(el, 'company.name').value).to.equal('');
    expect(el.shadowRoot!.querySelector('[part~="draft-notice"]')).to.equal(null);
  });

  it('shows a retry when the form cannot be loaded', async () => {
    api.on('GET', '/v1/deal-form', () => problem(500, 'internal_error'));
    const { el } = await inPortal<PkDealRegistration>(
      html`<pk-deal-registration></pk-deal-registration>`,
      { theme: 'dark' },
    );
    await until(() => !!el.shadowRoot?.querySelector('[part~="retry"]'), 'the error state');
    await expect(el).to.be.accessible();
    api.on('GET', '/v1/deal-form', dealForm);
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="retry"]')!.click();
    await until(() => !!el.shadowRoot?.querySelector('form'), 'the form after retry');
  }).timeout(15000);

  it('outside a portal shows a translated message and warns in dev mode', async () => {
    const warnings: string[] = [];
    const original = console.warn;
    console.warn = (message: string) => warnings.push(message);
    try {
      const el = await fixture<PkDealRegistration>(
        html`<div lang="fr"><pk-deal-registration></pk-deal-registration></div>`,
      ).then((div) => div.firstElementChild as PkDealRegistration);
      await el.updateComplete;
      await until(() => warnings.length > 0, 'the warning');
      expect(shadowText(el, '[part~="missing-portal"]')).to.contain(
        'doit être placé dans <pk-portal>',
      );
      expect(warnings[0]).to.contain('<pk-deal-registration> found no <pk-portal>');
      await expect(el).to.be.accessible();
    } finally {
      console.warn = original;
    }
  });

  it('talks to the API only through the portal client with the session token', async () => {
    await mount();
    const form = api.callsTo('GET', '/v1/deal-form')[0]!;
    expect(form.headers.get('authorization')).to.equal('Bearer token-1');
  });
});

function control(el: Element) {
  return el.shadowRoot!.querySelector('input, select, textarea');
}
