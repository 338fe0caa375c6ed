import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { PkCheckbox } from './checkbox.js';
import './define.js';

type Args = Pick<
  PkCheckbox,
  'label' | 'name' | 'checked' | 'helpText' | 'error' | 'required' | 'disabled'
>;

const meta: Meta<Args> = {
  title: 'Form/Checkbox',
  component: 'pk-checkbox',
  args: {
    label: 'Request co-selling with the vendor’s team',
    name: 'coSell',
    checked: false,
    helpText: '',
    error: '',
    required: false,
    disabled: false,
  },
  render: (args) =>
    html`<pk-checkbox
      label=${args.label}
      name=${args.name}
      .checked=${args.checked}
      help-text=${ifDefined(args.helpText || undefined)}
      error=${args.error}
      ?required=${args.required}
      ?disabled=${args.disabled}
    ></pk-checkbox>`,
};
export default meta;
type Story = StoryObj<Args>;

export const Unchecked: Story = {};

export const Checked: Story = {
  args: { checked: true, helpText: 'A channel manager joins the next customer call.' },
};

export const WithError: Story = {
  args: {
    label: 'I confirm the customer agreed to be contacted',
    required: true,
    error: 'Confirm before registering',
  },
};

export const Disabled: Story = { args: { checked: true, disabled: true } };
