import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { PkMoneyField } from './money-field.js';
import './define.js';

type Args = Pick<
  PkMoneyField,
  | 'label'
  | 'name'
  | 'amount'
  | 'currency'
  | 'currencies'
  | 'locale'
  | 'helpText'
  | 'error'
  | 'required'
  | 'disabled'
>;

const meta: Meta<Args> = {
  title: 'Form/Money field',
  component: 'pk-money-field',
  args: {
    label: 'Deal value',
    name: 'amount',
    amount: null,
    currency: 'EUR',
    currencies: ['EUR', 'CHF', 'USD'],
    locale: 'en',
    helpText: '',
    error: '',
    required: true,
    disabled: false,
  },
  argTypes: {
    amount: { description: 'Integer minor units (cents)', control: 'number' },
    locale: { control: 'select', options: ['en', 'de', 'fr', 'es', 'ja', 'ar'] },
  },
  render: (args) =>
    html`<pk-money-field
      label=${args.label}
      name=${args.name}
      .amount=${args.amount}
      currency=${args.currency}
      .currencies=${args.currencies}
      locale=${args.locale}
      help-text=${ifDefined(args.helpText || undefined)}
      error=${args.error}
      ?required=${args.required}
      ?disabled=${args.disabled}
    ></pk-money-field>`,
};
export default meta;
type Story = StoryObj<Args>;

export const Empty: Story = {};

export const Filled: Story = { args: { amount: 4_800_000 } };

export const GermanFormat: Story = { args: { amount: 4_800_000, locale: 'de' } };

export const Yen: Story = {
  args: { amount: 1_250_000, currency: 'JPY', currencies: ['JPY', 'USD'], locale: 'ja' },
};

export const WithError: Story = { args: { error: 'Enter an amount greater than zero' } };

export const Disabled: Story = { args: { amount: 4_800_000, disabled: true } };

export const Narrow: Story = {
  args: { amount: 123_456_789 },
  globals: { viewport: { value: 'narrow' } },
};
