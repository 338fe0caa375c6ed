import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { PkDateField } from './date-field.js';
import './define.js';

type Args = Pick<
  PkDateField,
  'label' | 'name' | 'value' | 'min' | 'max' | 'helpText' | 'error' | 'required' | 'disabled'
>;

const today = new Date().toISOString().slice(0, 10);

const meta: Meta<Args> = {
  title: 'Form/Date field',
  component: 'pk-date-field',
  args: {
    label: 'Expected close date',
    name: 'expectedCloseDate',
    value: '',
    min: today,
    max: undefined,
    helpText: '',
    error: '',
    required: true,
    disabled: false,
  },
  render: (args) =>
    html`<pk-date-field
      label=${args.label}
      name=${args.name}
      .value=${args.value}
      min=${ifDefined(args.min)}
      max=${ifDefined(args.max)}
      help-text=${ifDefined(args.helpText || undefined)}
      error=${args.error}
      ?required=${args.required}
      ?disabled=${args.disabled}
    ></pk-date-field>`,
};
export default meta;
type Story = StoryObj<Args>;

export const Empty: Story = {};

export const Filled: Story = { args: { value: '2027-03-31' } };

export const WithError: Story = { args: { error: 'Choose a date in the future' } };

export const Disabled: Story = { args: { value: '2027-03-31', disabled: true } };
