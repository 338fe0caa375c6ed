import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { TemplateResult } from 'lit';
import '../checkbox/define.js';
import '../date-field/define.js';
import '../money-field/define.js';
import '../select/define.js';
import '../text-field/define.js';
import '../textarea/define.js';
import { formatAmount, parseAmount } from '../money-field/parse-amount.js';
import type { PkMoneyField } from '../money-field/money-field.js';
import { control, deepActiveElement } from '../test/harness.js';
import type { PkFormControl } from './form-control.js';

interface ControlCase {
  tag: string;
  render: (attrs: { label: string; value?: string }) => TemplateResult;
  /** What a user does to give the control a value; returns the submitted form value. */
  enter: (el: PkFormControl) => Promise<string>;
}

async function typeInto(el: PkFormControl, text: string) {
  el.focus();
  await sendKeys({ type: text });
}

const cases: ControlCase[] = [
  {
    tag: 'pk-text-field',
    render: ({ label, value }) =>
      html`<pk-text-field
        name="field"
        label=${label}
        value=${value ?? ''}
        required
      ></pk-text-field>`,
    enter: async (el) => (await typeInto(el, 'Contoso'), 'Contoso'),
  },
  {
    tag: 'pk-text-field type=email',
    render: ({ label, value }) =>
      html`<pk-text-field
        name="field"
        type="email"
        label=${label}
        value=${value ?? ''}
        required
      ></pk-text-field>`,
    enter: async (el) => (await typeInto(el, 'a@b.de'), 'a@b.de'),
  },
  {
    tag: 'pk-textarea',
    render: ({ label, value }) =>
      html`<pk-textarea name="field" label=${label} value=${value ?? ''} required></pk-textarea>`,
    enter: async (el) => (await typeInto(el, 'Notes'), 'Notes'),
  },
  {
    tag: 'pk-date-field',
    render: ({ label, value }) =>
      html`<pk-date-field
        name="field"
        label=${label}
        value=${value ?? ''}
        required
      ></pk-date-field>`,
    enter: async (el) => {
      const input = control(el) as HTMLInputElement;
      input.value = '2027-01-31';
      input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      return '2027-01-31';
    },
  },
  {
    tag: 'pk-select',
    render: ({ label, value }) =>
      html`<pk-select
        name="field"
        label=${label}
        value=${value ?? ''}
        required
        .options=${[
          { value: 'a', label: 'Alpha' },
          { value: 'b', label: 'Beta' },
        ]}
      ></pk-select>`,
    enter: async (el) => {
      el.focus();
      await sendKeys({ press: 'ArrowDown' });
      await sendKeys({ press: 'ArrowDown' });
      const select = control(el) as HTMLSelectElement;
      expect(select.value).to.equal('b');
      return select.value;
    },
  },
  {
    tag: 'pk-checkbox',
    render: ({ label }) => html`<pk-checkbox name="field" label=${label} required></pk-checkbox>`,
    enter: async (el) => {
      el.focus();
      await sendKeys({ press: 'Space' });
      return 'on';
    },
  },
];

for (const testCase of cases) {
  describe(`<${testCase.tag}> (form control suite)`, () => {
    async function mount(value?: string) {
      const form = await fixture<HTMLFormElement>(
        html`<form>${testCase.render({ label: 'Field label', value })}</form>`,
      );
      const el = form.firstElementChild as PkFormControl;
      await el.updateComplete;
      return { form, el };
    }

    it('has a visible label tied to its control and is accessible', async () => {
      const { el } = await mount();
      const label = el.shadowRoot!.querySelector('label')!;
      expect(label.textContent).to.contain('Field label');
      expect(label.htmlFor).to.equal(control(el).id);
      await expect(el).to.be.accessible();
    });

    it('takes part in its form: value, required validity and reset', async () => {
      const { form, el } = await mount();
      expect(el.checkValidity()).to.equal(false);
      expect(el.validity.valueMissing).to.equal(true);
      const submitted = await testCase.enter(el);
      await el.updateComplete;
      expect(new FormData(form).get('field')).to.equal(submitted);
      expect(el.checkValidity()).to.equal(true);
      form.reset();
      await el.updateComplete;
      expect(new FormData(form).get('field')).to.equal(testCase.tag === 'pk-checkbox' ? null : '');
    });

    it('shows, announces and exposes an error', async () => {
      const { el } = await mount();
      el.error = 'Something is wrong.';
      await el.updateComplete;
      const native = control(el);
      expect(native.getAttribute('aria-invalid')).to.equal('true');
      const error = el.shadowRoot!.querySelector('[part="error"]')!;
      expect(error.textContent).to.equal('Something is wrong.');
      expect(error.getAttribute('aria-live')).to.equal('polite');
      expect(native.getAttribute('aria-describedby')!.split(' ')).to.include(error.id);
      expect(el.matches(':state(user-invalid)')).to.equal(true);
      expect(el.validationMessage).to.equal('Something is wrong.');
      await expect(el).to.be.accessible();
      el.error = '';
      await el.updateComplete;
      expect(el.matches(':state(user-invalid)')).to.equal(false);
    });

    it('delegates focus to its native control', async () => {
      const { el } = await mount();
      el.focus();
      expect(deepActiveElement()).to.equal(control(el));
    });
  });
}

describe('<pk-money-field>', () => {
  it('reads and shows amounts in the locale, in integer minor units', async () => {
    expect(parseAmount('1.234,50', 'de', 'EUR')).to.equal(123_450);
    expect(parseAmount('1,234.5', 'en', 'USD')).to.equal(123_450);
    expect(parseAmount('١٢٣٫٤٥', 'ar', 'USD')).to.equal(12_345);
    expect(parseAmount('990000', 'ja', 'JPY')).to.equal(990_000);
    expect(Number.isNaN(parseAmount('12.345', 'en', 'EUR'))).to.equal(true);
    expect(Number.isNaN(parseAmount('abc', 'en', 'EUR'))).to.equal(true);
    expect(parseAmount('  ', 'en', 'EUR')).to.equal(null);
    expect(formatAmount(123_450, 'de', 'EUR')).to.equal('1.234,50');
    expect(formatAmount(990_000, 'en', 'JPY')).to.equal('990,000');
  });

  it('submits the amount and currency with its form and switches currency by keyboard', async () => {
    const form = await fixture<HTMLFormElement>(
      html`<form>
        <pk-money-field
          name="amount"
          label="Value"
          locale="en"
          currency="EUR"
          .currencies=${['EUR', 'USD']}
        ></pk-money-field>
      </form>`,
    );
    const el = form.firstElementChild as PkMoneyField;
    el.focus();
    await sendKeys({ type: '1,250.5' });
    expect(el.amount).to.equal(125_050);
    const data = new FormData(form);
    expect(data.get('amount')).to.equal('125050');
    expect(data.get('amount-currency')).to.equal('EUR');
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(el.currency).to.equal('USD');
    expect(new FormData(form).get('amount-currency')).to.equal('USD');
    expect(el.amount).to.equal(125_050);
    el.amount = 990_000;
    el.currency = 'USD';
    await el.updateComplete;
    expect((control(el) as HTMLInputElement).value).to.equal('9,900.00');
    await expect(el).to.be.accessible();
  });
});
