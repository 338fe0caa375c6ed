import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { approvedDeal } from '../../../../.storybook/mocks/deals.js';
import { extensionFlow, mocks } from '../../../../.storybook/mocks/handlers.js';
import { inShadow } from '../../../../.storybook/play.js';
import type { PkDealStatus } from './deal-status.js';
import './define.js';

const TAG = 'pk-deal-status';

type Args = Pick<PkDealStatus, 'dealId' | 'status'>;

// The component's own JSDoc describes it in the docs; the portal decorator supplies the mocked API.
const meta: Meta<Args> = {
  title: 'Widgets/pk-deal-status',
  component: TAG,
  args: { dealId: undefined, status: undefined },
  argTypes: {
    status: {
      control: 'select',
      options: [
        undefined,
        'submitted',
        'approved',
        'rejected',
        'pending_review',
        'needs_info',
        'won',
        'lost',
        'expired',
      ],
    },
  },
  render: (args) =>
    html`<pk-deal-status
      deal-id=${ifDefined(args.dealId)}
      status=${ifDefined(args.status)}
    ></pk-deal-status>`,
};
export default meta;
type Story = StoryObj<Args>;

/** Asks for an extension the way a partner does: types a reason and sends it. */
async function requestExtension(canvas: HTMLElement): Promise<void> {
  const field = await inShadow<HTMLElement & { value: string }>(canvas, TAG, 'pk-textarea');
  field.value = 'Procurement moved the board meeting to next quarter.';
  field.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  (await inShadow(canvas, TAG, '[part~="extension-submit"]')).click();
}

/** One deal in each status, with a "load more" for the next page. */
export const EveryStatus: Story = {};

export const Loading: Story = {
  parameters: { msw: { handlers: { list: mocks.list.loading } } },
};

export const Empty: Story = {
  parameters: { msw: { handlers: { list: mocks.list.empty } } },
};

export const LoadMore: Story = {
  play: async ({ canvasElement }) => {
    (await inShadow(canvasElement, TAG, '[part~="load-more"]')).click();
  },
};

export const FilteredToApproved: Story = { args: { status: 'approved' } };

/** One deal with its protection countdown, timeline and a pending extension request. */
export const OneDealWithTimeline: Story = { args: { dealId: approvedDeal.id } };

/** An approved deal whose partner may still ask for more time: the extension form. */
export const ExtensionAvailable: Story = {
  args: { dealId: approvedDeal.id },
  beforeEach: ({ msw }) => msw.use(...extensionFlow()),
};

export const ExtensionRequestSent: Story = {
  args: { dealId: approvedDeal.id },
  beforeEach: ({ msw }) => msw.use(...extensionFlow()),
  play: async ({ canvasElement }) => {
    await requestExtension(canvasElement);
    await inShadow(canvasElement, TAG, '[part~="extension"] .note.warning');
  },
};

export const ExtensionLimitReached: Story = {
  args: { dealId: approvedDeal.id },
  parameters: { msw: { handlers: { deal: mocks.deal.extensionLimitReached } } },
  play: ({ canvasElement }) => requestExtension(canvasElement),
};

export const DealNotFound: Story = {
  args: { dealId: 'dl_missing' },
  parameters: { msw: { handlers: { deal: mocks.deal.notFound } } },
};

export const DealLoading: Story = {
  args: { dealId: approvedDeal.id },
  parameters: { msw: { handlers: { deal: mocks.deal.loading } } },
};

export const Offline: Story = {
  parameters: { msw: { handlers: { list: mocks.list.offline } } },
};

export const ServerError: Story = {
  parameters: { msw: { handlers: { list: mocks.list.serverError } } },
};

/** Placed without a `<pk-portal>`: a clear message, and a console warning in dev mode. */
export const OutsidePortal: Story = { parameters: { portal: false } };

export const Dark: Story = { globals: { theme: 'dark' } };

export const DarkDetail: Story = { args: { dealId: approvedDeal.id }, globals: { theme: 'dark' } };

export const French: Story = { globals: { locale: 'fr' } };

export const Japanese: Story = { globals: { locale: 'ja' } };

export const ArabicRightToLeft: Story = { globals: { locale: 'ar' } };

export const ArabicDetail: Story = { args: { dealId: approvedDeal.id }, globals: { locale: 'ar' } };

export const Narrow: Story = { globals: { viewport: { value: 'narrow' } } };

export const NarrowDetail: Story = {
  args: { dealId: approvedDeal.id },
  globals: { viewport: { value: 'narrow' } },
};
