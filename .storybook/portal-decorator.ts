import type { Decorator } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../packages/elements/src/portal/define.js';
import { MOCK_API } from './mocks/handlers.js';

/** Any non-empty token: the mocked API does not verify it. */
const MOCK_SESSION_TOKEN = 'storybook-session-token';

declare module 'storybook/internal/csf' {
  interface Parameters {
    /** `false` renders the story bare, e.g. the portal's own stories or "outside a portal". */
    portal?: boolean;
  }
}

/**
 * Wraps every story in a `<pk-portal>` talking to the msw-mocked API, in the locale and theme of
 * the toolbar, so stories show a widget the way a vendor page embeds it.
 */
export const withPortal: Decorator = (story, { globals, parameters }) => {
  const theme = String(globals['theme'] ?? 'light');
  document.documentElement.style.colorScheme = theme === 'auto' ? 'light dark' : theme;
  document.body.classList.toggle('pk-storybook-dark', theme === 'dark');
  if (parameters.portal === false) return story();
  return html`<pk-portal
    api-base=${MOCK_API}
    session-token=${MOCK_SESSION_TOKEN}
    locale=${String(globals['locale'] ?? 'en')}
    theme=${theme}
    >${story()}</pk-portal
  >`;
};
