import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { clearDraft, seedDraft } from '../../../../.storybook/mocks/drafts.js';
import { mocks } from '../../../../.storybook/mocks/handlers.js';
import { filledMdfRequest } from '../../../../.storybook/mocks/mdf.js';
import { inShadow, submit } from '../../../../.storybook/play.js';
import './define.js';

const TAG = 'pk-mdf-request';
/** The widget's draft namespace in localStorage. */
const DRAFT = 'mdf-request';

// The component's own JSDoc describes it in the docs; the portal decorator supplies the mocked API.
const meta: Meta = {
  title: 'Widgets/pk-mdf-request',
  component: TAG,
  render: () => html`<pk-mdf-request></pk-mdf-request>`,
  beforeEach: () => clearDraft(DRAFT),
};
export default meta;
type Story = StoryObj;

/** A filled request from a restored draft: the amount field says what is still available. */
const filled: Story = { beforeEach: () => seedDraft(DRAFT, filledMdfRequest) };

/** The balance per currency and period, and an empty request form. */
export const BalanceAndForm: Story = {};

export const Filled: Story = { ...filled };

export const Loading: Story = {
  parameters: { msw: { handlers: { mdfBalance: mocks.mdfBalance.loading } } },
};

/** The partner has no funds yet: it says so, and shows no form it could not send. */
export const NoAllocation: Story = {
  parameters: {
    msw: {
      handlers: { mdfForm: mocks.mdfForm.withoutFunds, mdfBalance: mocks.mdfBalance.none },
    },
  },
};

/** More than is available: the amount field refuses it before anything is sent. */
export const OverAvailable: Story = {
  beforeEach: () =>
    seedDraft(DRAFT, { ...filledMdfRequest, amount: { value: 1_200_000, currency: 'EUR' } }),
  play: ({ canvasElement }) => submit(canvasElement, TAG),
};

/** The funds ran out meanwhile: the API's 422 lands on the amount, the balance is re-read. */
export const InsufficientFunds: Story = {
  ...filled,
  parameters: { msw: { handlers: { mdfSubmit: mocks.mdfSubmit.insufficientFunds } } },
  play: async ({ canvasElement }) => {
    await submit(canvasElement, TAG);
    await inShadow(canvasElement, TAG, '[part~="form-error"]:not([hidden])');
  },
};

export const Submitted: Story = {
  ...filled,
  play: async ({ canvasElement }) => {
    await submit(canvasElement, TAG);
    await inShadow(canvasElement, TAG, '[part~="result"]');
  },
};

/** The balance cannot be loaded: a translated error with a retry button. */
export const Offline: Story = {
  parameters: { msw: { handlers: { mdfBalance: mocks.mdfBalance.offline } } },
};

/** The network drops during submit: nothing typed is lost, and the retry reuses its key. */
export const OfflineSubmit: Story = {
  ...filled,
  parameters: { msw: { handlers: { mdfSubmit: mocks.mdfSubmit.offline } } },
  play: async ({ canvasElement }) => {
    await submit(canvasElement, TAG);
    await inShadow(canvasElement, TAG, '[part~="form-error"]:not([hidden])');
  },
};

export const Dark: Story = { ...filled, globals: { theme: 'dark' } };

export const German: Story = { ...filled, globals: { locale: 'de' } };

export const ArabicRightToLeft: Story = { ...filled, globals: { locale: 'ar' } };

export const Narrow: Story = { ...filled, globals: { viewport: { value: 'narrow' } } };
