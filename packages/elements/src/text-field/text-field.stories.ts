import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { PkTextField } from './text-field.js';
import './define.js';

type Args = Pick<
  PkTextField,
  'label' | 'name' | 'type' | 'value' | 'helpText' | 'error' | 'required' | 'disabled'
>;

const meta: Meta<Args> = {
  title: 'Form/Text field',
  component: 'pk-text-field',
  args: {
    label: 'Customer company',
    name: 'company',
    type: 'text',
    value: '',
    helpText: '',
    error: '',
    required: false,
    disabled: false,
  },
  argTypes: { type: { control: 'inline-radio', options: ['text', 'email', 'tel', 'url'] } },
  render: (args) =>
    html`<pk-text-field
      label=${args.label}
      name=${args.name}
      type=${args.type}
      .value=${args.value}
      help-text=${ifDefined(args.helpText || undefined)}
      error=${args.error}
      ?required=${args.required}
      ?disabled=${args.disabled}
    ></pk-text-field>`,
};
export default meta;
type Story = StoryObj<Args>;

export const Empty: Story = {};

export const Filled: Story = { args: { value: 'Bergmann Maschinenbau GmbH' } };

export const Required: Story = {
  args: { required: true, helpText: 'As it appears on the customer’s invoices.' },
};

export const Email: Story = {
  args: { label: 'Contact email', name: 'email', type: 'email', value: 'mara@example.com' },
};

export const WithError: Story = {
  args: {
    label: 'Website',
    name: 'domain',
    type: 'url',
    value: 'bergmann mb',
    required: true,
    error: 'Enter a domain such as example.com',
  },
};

export const Disabled: Story = { args: { value: 'Read only while submitting', disabled: true } };

export const Narrow: Story = {
  args: { value: 'Ein sehr langer Firmenname, der umbrechen muss GmbH & Co. KG', required: true },
  globals: { viewport: { value: 'narrow' } },
};
