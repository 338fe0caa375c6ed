import type { DealInput } from '@partnerkit/contracts';
import type { App } from '../../src/app.js';
import { call, sessionFor, type TestPartner, type TestTenant } from '../support/index.js';

type CompanyOverride = Partial<DealInput['company']>;

/** A valid registration for the tenant's catalogue; override what a test is about. */
export function dealInput(
  tenant: TestTenant,
  company: CompanyOverride = {},
  overrides: Partial<Omit<DealInput, 'company'>> = {},
): DealInput {
  return {
    company: { name: 'Globex GmbH', domain: 'globex.de', country: 'DE', ...company },
    contact: { name: 'Grete Globex', email: 'grete@globex.de', phone: '+49 30 1234567' },
    products: [tenant.products[0]!.id],
    amount: { value: 1_250_000, currency: 'EUR' },
    expectedCloseDate: '2027-03-31',
    dealType: 'new',
    coSell: false,
    ...overrides,
  };
}

/** Sessions for the first user of both partners of a test tenant. */
export async function partnerTokens(app: App, tenant: TestTenant) {
  const first = (partner: TestPartner) => sessionFor(app, partner, partner.users[0]!);
  const [dach, northAmerica] = await Promise.all([first(tenant.dach), first(tenant.northAmerica)]);
  return { dach, northAmerica };
}

export function register(app: App, token: string, body: unknown, headers?: Record<string, string>) {
  return call(app, 'POST', '/v1/deals', { auth: token, body, ...(headers && { headers }) });
}

export function check(app: App, token: string, company: Record<string, string>, dealType?: string) {
  return call(app, 'POST', '/v1/deals/check', {
    auth: token,
    body: { company, ...(dealType && { dealType }) },
  });
}
