import '@partnerkit/elements/define';
import type { DemoPageConfig } from '../server/demo-settings.js';
import { fetchPageConfig, mintSession } from './session.js';
import { readPreferences, type Preferences } from './preferences.js';

const status = document.querySelector<HTMLElement>('#session-status');
const host = document.querySelector<HTMLElement>('#portal-host');

function fillPartnerSwitcher(config: DemoPageConfig, selected: string) {
  const select = document.querySelector<HTMLSelectElement>('#partner-switcher');
  if (!select) return;
  select.replaceChildren(
    ...config.partners.map((partner) => {
      const option = new Option(`${partner.name} (${partner.country})`, partner.id);
      option.selected = partner.id === selected;
      return option;
    }),
  );
}

/**
 * Switching partner or locale reloads the page: a new partner means a new session, and nothing
 * of the previous partner may stay on screen.
 */
function wireSwitchers(preferences: Preferences) {
  const form = document.querySelector<HTMLFormElement>('#switchers');
  form?.addEventListener('change', () => {
    const params = new URLSearchParams(new FormData(form) as unknown as Record<string, string>);
    location.search = params.toString();
  });
  for (const [id, value] of [
    ['#locale-switcher', preferences.locale],
    ['#theme-switcher', preferences.theme],
  ] as const) {
    const select = document.querySelector<HTMLSelectElement>(id);
    if (select) select.value = value;
  }
}

function createPortal(
  config: DemoPageConfig,
  partnerId: string,
  token: string,
  prefs: Preferences,
) {
  const portal = document.createElement('pk-portal');
  portal.setAttribute('api-base', config.apiBase);
  portal.setAttribute('publishable-key', config.publishableKey);
  portal.setAttribute('session-token', token);
  portal.setAttribute('locale', prefs.locale);
  portal.setAttribute('theme', prefs.theme);
  portal.sessionTokenProvider = async () => (await mintSession(partnerId)).token;
  portal.className = 'portal-widgets';
  portal.append(
    document.createElement('pk-deal-registration'),
    document.createElement('pk-deal-status'),
    document.createElement('pk-mdf-request'),
  );
  return portal;
}

async function main() {
  const config = await fetchPageConfig();
  const preferences = readPreferences(config);
  document.documentElement.dataset['theme'] = preferences.theme;
  fillPartnerSwitcher(config, preferences.partner);
  wireSwitchers(preferences);
  const session = await mintSession(preferences.partner);
  host?.replaceChildren(createPortal(config, preferences.partner, session.token, preferences));
  if (status) status.textContent = '';
}

main().catch((error: unknown) => {
  console.error(error);
  if (status) status.textContent = `The demo could not sign in: ${String(error)}`;
});
