import type { DemoSeed } from '@partnerkit/contracts';

/** What the demo's server side knows: where the API is and what `seed --demo --json` printed. */
export interface DemoSettings {
  /** The API origin the browser talks to, e.g. `http://127.0.0.1:8787`. */
  apiBase: string;
  seed: DemoSeed;
}

/** The part of the settings the browser may see: never the secret key. */
export interface DemoPageConfig {
  apiBase: string;
  publishableKey: string;
  tenantName: string;
  partners: { id: string; name: string; country: string; userEmail: string }[];
}

export function pageConfig({ apiBase, seed }: DemoSettings): DemoPageConfig {
  return {
    apiBase,
    publishableKey: seed.publishableKey,
    tenantName: seed.tenant.name,
    partners: seed.partners.map((partner) => ({
      id: partner.id,
      name: partner.name,
      country: partner.country,
      userEmail: partner.users[0]?.email ?? '',
    })),
  };
}
