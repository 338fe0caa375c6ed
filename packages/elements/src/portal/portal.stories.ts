import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { MOCK_API, mocks } from '../../../../.storybook/mocks/handlers.js';
import '../deal-registration/define.js';
import '../deal-status/define.js';
import '../text-field/define.js';
import type { PkPortal } from './portal.js';
import './define.js';

type Args = Pick<
  PkPortal,
  'apiBase' | 'sessionToken' | 'locale' | 'theme' | 'brandColor' | 'logoUrl'
>;

const logo = `data:image/svg+xml,${encodeURIComponent(
  '<svg xmlns="http://www.w3.org/2000/svg" width="180" height="40"><rect width="40" height="40" rx="8" fill="#0b6e4f"/><text x="50" y="27" font-family="sans-serif" font-size="18" fill="#0b6e4f">Alpenblick IT</text></svg>',
)}`;

// The portal's own stories render it directly (the global portal decorator is off), so its
// attributes can be tried; a text field stands in for a widget to show the theme and brand.
const meta: Meta<Args> = {
  title: 'Portal/pk-portal',
  component: 'pk-portal',
  parameters: { portal: false },
  args: {
    apiBase: MOCK_API,
    sessionToken: 'storybook-session-token',
    locale: 'en',
    theme: 'light',
    brandColor: undefined,
    logoUrl: undefined,
  },
  argTypes: {
    locale: { control: 'select', options: ['en', 'de', 'fr', 'es', 'ja', 'ar'] },
    theme: { control: 'inline-radio', options: ['light', 'dark', 'auto'] },
    brandColor: { control: 'color' },
  },
  render: (args) =>
    html`<pk-portal
      api-base=${args.apiBase}
      session-token=${ifDefined(args.sessionToken)}
      locale=${ifDefined(args.locale)}
      theme=${args.theme}
      brand-color=${ifDefined(args.brandColor)}
      logo-url=${ifDefined(args.logoUrl)}
    >
      <p>Widgets placed inside the portal share its API client, session, language and theme.</p>
      <pk-text-field label="Customer company" value="Bergmann Maschinenbau GmbH"></pk-text-field>
    </pk-portal>`,
};
export default meta;
type Story = StoryObj<Args>;

/** The partner's brand colour comes from `GET /v1/me`. */
export const CoBrandedFromSession: Story = {};

export const WithLogo: Story = { args: { logoUrl: logo } };

export const BrandColourOverride: Story = { args: { brandColor: '#7c2d92' } };

export const Dark: Story = { args: { theme: 'dark', logoUrl: logo } };

export const RightToLeft: Story = { args: { locale: 'ar', logoUrl: logo } };

/** `GET /v1/me` fails: the portal still renders its content, without co-branding. */
export const Offline: Story = {
  parameters: { msw: { handlers: { me: mocks.me.offline } } },
};

/** Without `api-base` the portal warns in the console (dev mode) and provides no client. */
export const MissingApiBase: Story = { args: { apiBase: '' } };

/** A vendor page in miniature: both deal widgets sharing one portal, session and theme. */
export const WithDealWidgets: Story = {
  render: (args) =>
    html`<pk-portal
      api-base=${args.apiBase}
      session-token=${ifDefined(args.sessionToken)}
      locale=${ifDefined(args.locale)}
      theme=${args.theme}
      brand-color=${ifDefined(args.brandColor)}
      logo-url=${ifDefined(args.logoUrl)}
      style="display: grid; gap: 2rem; grid-template-columns: repeat(auto-fit, minmax(min(100%, 26rem), 1fr))"
    >
      <pk-deal-registration></pk-deal-registration>
      <pk-deal-status></pk-deal-status>
    </pk-portal>`,
  args: { logoUrl: logo },
};

export const Narrow: Story = {
  args: { logoUrl: logo },
  globals: { viewport: { value: 'narrow' } },
};
