import type { PartnerSession } from '@partnerkit/contracts';
import type { DemoPageConfig } from '../server/demo-settings.js';

async function json<T>(response: Response): Promise<T> {
  if (!response.ok) throw new Error(`${response.url} answered ${response.status}`);
  return (await response.json()) as T;
}

/** The API origin, publishable key and demo partners, from the demo's own server. */
export async function fetchPageConfig(): Promise<DemoPageConfig> {
  return json(await fetch('/demo/config.json'));
}

/**
 * Asks the demo's server (which holds the secret key) for a partner session token, as a vendor
 * page asks its backend after login.
 */
export async function mintSession(partnerId: string): Promise<PartnerSession> {
  return json(
    await fetch('/demo/sessions', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ partnerId }),
    }),
  );
}
