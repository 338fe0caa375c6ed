import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { PkSelect } from './select.js';
import './define.js';

type Args = Pick<
  PkSelect,
  | 'label'
  | 'name'
  | 'value'
  | 'options'
  | 'emptyLabel'
  | 'helpText'
  | 'error'
  | 'required'
  | 'disabled'
>;

const countries = [
  { value: 'DE', label: 'Germany' },
  { value: 'AT', label: 'Austria' },
  { value: 'CH', label: 'Switzerland' },
];

const meta: Meta<Args> = {
  title: 'Form/Select',
  component: 'pk-select',
  args: {
    label: 'Country',
    name: 'country',
    value: '',
    options: countries,
    emptyLabel: 'Choose a country',
    helpText: '',
    error: '',
    required: true,
    disabled: false,
  },
  render: (args) =>
    html`<pk-select
      label=${args.label}
      name=${args.name}
      .value=${args.value}
      .options=${args.options}
      empty-label=${args.emptyLabel}
      help-text=${ifDefined(args.helpText || undefined)}
      error=${args.error}
      ?required=${args.required}
      ?disabled=${args.disabled}
    ></pk-select>`,
};
export default meta;
type Story = StoryObj<Args>;

export const Empty: Story = {};

export const Filled: Story = {
  args: { value: 'AT', helpText: 'Only countries in your territory are listed.' },
};

export const WithError: Story = { args: { error: 'Choose a country' } };

export const Disabled: Story = { args: { value: 'CH', disabled: true } };
