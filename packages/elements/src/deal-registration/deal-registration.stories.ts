import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { clearDraft, seedDraft } from '../../../../.storybook/mocks/drafts.js';
import { mocks } from '../../../../.storybook/mocks/handlers.js';
import { inShadow, submit } from '../../../../.storybook/play.js';
import './define.js';

const TAG = 'pk-deal-registration';
/** The widget's draft namespace in localStorage. */
const DRAFT = 'deal-registration';

// The component's own JSDoc describes it in the docs; the portal decorator supplies the mocked API.
const meta: Meta = {
  title: 'Widgets/pk-deal-registration',
  component: TAG,
  render: () => html`<pk-deal-registration></pk-deal-registration>`,
  beforeEach: () => clearDraft(DRAFT),
};
export default meta;
type Story = StoryObj;

/** A filled form: a saved draft is restored, and the live pre-check shows its verdict. */
const filled: Story = { beforeEach: () => seedDraft(DRAFT) };

export const Empty: Story = {};

export const WithoutCustomFields: Story = {
  parameters: { msw: { handlers: { form: mocks.form.withoutCustomFields } } },
};

export const Filled: Story = { ...filled };

export const Loading: Story = {
  parameters: { msw: { handlers: { form: mocks.form.loading } } },
};

export const PrecheckPendingReview: Story = {
  ...filled,
  parameters: { msw: { handlers: { check: mocks.check.pendingReview } } },
};

export const PrecheckRejected: Story = {
  ...filled,
  parameters: { msw: { handlers: { check: mocks.check.rejected } } },
};

/** Submitting an empty form: every missing field says what it needs, the first gets focus. */
export const ValidationErrors: Story = {
  play: ({ canvasElement }) => submit(canvasElement, TAG),
};

export const Submitting: Story = {
  ...filled,
  parameters: { msw: { handlers: { submit: mocks.submit.loading } } },
  play: ({ canvasElement }) => submit(canvasElement, TAG),
};

export const Approved: Story = {
  ...filled,
  play: async ({ canvasElement }) => {
    await submit(canvasElement, TAG);
    await inShadow(canvasElement, TAG, '[part~="decision-approved"]');
  },
};

export const PendingReview: Story = {
  ...filled,
  parameters: {
    msw: { handlers: { check: mocks.check.pendingReview, submit: mocks.submit.pendingReview } },
  },
  play: async ({ canvasElement }) => {
    await submit(canvasElement, TAG);
    await inShadow(canvasElement, TAG, '[part~="decision-pending"]');
  },
};

export const Rejected: Story = {
  ...filled,
  parameters: {
    msw: { handlers: { check: mocks.check.rejected, submit: mocks.submit.rejected } },
  },
  play: async ({ canvasElement }) => {
    await submit(canvasElement, TAG);
    await inShadow(canvasElement, TAG, '[part~="decision-rejected"]');
  },
};

/** The API refuses fields (400): each message lands on its field, the draft is kept. */
export const ServerFieldErrors: Story = {
  ...filled,
  parameters: { msw: { handlers: { submit: mocks.submit.fieldErrors } } },
  play: async ({ canvasElement }) => {
    await submit(canvasElement, TAG);
    await inShadow(canvasElement, TAG, '[part~="form-error"]:not([hidden])');
  },
};

export const ServerError: Story = {
  ...filled,
  parameters: { msw: { handlers: { submit: mocks.submit.serverError } } },
  play: async ({ canvasElement }) => {
    await submit(canvasElement, TAG);
    await inShadow(canvasElement, TAG, '[part~="form-error"]:not([hidden])');
  },
};

/** The network drops during submit: nothing typed is lost, and the retry reuses its key. */
export const OfflineSubmit: Story = {
  ...filled,
  parameters: { msw: { handlers: { check: mocks.check.offline, submit: mocks.submit.offline } } },
  play: async ({ canvasElement }) => {
    await submit(canvasElement, TAG);
    await inShadow(canvasElement, TAG, '[part~="form-error"]:not([hidden])');
  },
};

/** The form cannot be loaded: a translated error with a retry button. */
export const OfflineLoad: Story = {
  parameters: { msw: { handlers: { form: mocks.form.offline } } },
};

export const LoadServerError: Story = {
  parameters: { msw: { handlers: { form: mocks.form.serverError } } },
};

/** Placed without a `<pk-portal>`: a clear message, and a console warning in dev mode. */
export const OutsidePortal: Story = { parameters: { portal: false } };

export const Dark: Story = { ...filled, globals: { theme: 'dark' } };

export const German: Story = { ...filled, globals: { locale: 'de' } };

export const Japanese: Story = { ...filled, globals: { locale: 'ja' } };

export const ArabicRightToLeft: Story = { ...filled, globals: { locale: 'ar' } };

export const Narrow: Story = { ...filled, globals: { viewport: { value: 'narrow' } } };
