import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { PkTextarea } from './textarea.js';
import './define.js';

type Args = Pick<
  PkTextarea,
  'label' | 'name' | 'value' | 'rows' | 'maxlength' | 'helpText' | 'error' | 'required' | 'disabled'
>;

const meta: Meta<Args> = {
  title: 'Form/Textarea',
  component: 'pk-textarea',
  args: {
    label: 'Notes',
    name: 'notes',
    value: '',
    rows: 4,
    maxlength: 4000,
    helpText: '',
    error: '',
    required: false,
    disabled: false,
  },
  render: (args) =>
    html`<pk-textarea
      label=${args.label}
      name=${args.name}
      .value=${args.value}
      rows=${args.rows}
      maxlength=${ifDefined(args.maxlength)}
      help-text=${ifDefined(args.helpText || undefined)}
      error=${args.error}
      ?required=${args.required}
      ?disabled=${args.disabled}
    ></pk-textarea>`,
};
export default meta;
type Story = StoryObj<Args>;

export const Empty: Story = {};

export const Filled: Story = {
  args: {
    value: 'Board meeting on the 14th; procurement wants a pilot for two plants first.',
    helpText: 'Only the vendor’s channel team sees these notes.',
  },
};

export const WithError: Story = {
  args: { required: true, error: 'Tell the reviewer why you need more time' },
};

export const Disabled: Story = { args: { value: 'Submitted', disabled: true } };

export const Narrow: Story = {
  args: { value: 'A long note that wraps on a phone.', rows: 3 },
  globals: { viewport: { value: 'narrow' } },
};
