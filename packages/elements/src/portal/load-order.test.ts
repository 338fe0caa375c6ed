import { expect, fixture, html } from '@open-wc/testing';
// Only the widget at first: this file defines pk-portal itself, late, as a vendor's page may.
import '../deal-status/define.js';
import type { PkDealStatus } from '../deal-status/deal-status.js';
import { API_BASE, FakeApi } from '../test/fake-api.js';
import { deal, me } from '../test/fixtures.js';
import { until } from '../test/harness.js';
import type { PkPortal } from './portal.js';

let api: FakeApi;

beforeEach(() => {
  api = new FakeApi()
    .on('GET', '/v1/me', me)
    .on('GET', '/v1/deals', { items: [deal()], nextCursor: null })
    .install();
});

afterEach(() => api.restore());

/** Compared by identity, as a boolean: chai would print the whole client on a mismatch. */
function hasClient(status: PkDealStatus, portal?: Element): boolean {
  const client = (status as unknown as { client?: unknown }).client;
  return portal ? client !== undefined && client === (portal as PkPortal).client : !!client;
}

const hasList = (status: PkDealStatus) => !!status.shadowRoot?.querySelector('[part~="list"]');

describe('a widget upgraded before its portal', () => {
  it('connects when pk-portal is defined after it', async () => {
    const portal = await fixture<HTMLElement>(
      html`<pk-portal api-base=${API_BASE} session-token="token-1" locale="en">
        <pk-deal-status></pk-deal-status>
      </pk-portal>`,
    );
    const status = portal.querySelector<PkDealStatus>('pk-deal-status')!;
    await status.updateComplete;
    expect(customElements.get('pk-portal'), 'pk-portal is not defined yet').to.equal(undefined);
    expect(hasClient(status), 'no client before the portal').to.equal(false);

    await import('./define.js');

    await until(() => hasList(status), 'the list once the portal is defined');
    expect(hasClient(status, portal), 'the client of the portal').to.equal(true);
    expect(api.callsTo('GET', '/v1/deals')).to.have.length(1);
  });

  it('connects when a portal is put around it after it is on the page', async () => {
    await import('./define.js');
    const page = await fixture<HTMLElement>(html`<div><pk-deal-status></pk-deal-status></div>`);
    const status = page.querySelector<PkDealStatus>('pk-deal-status')!;
    await status.updateComplete;
    expect(hasClient(status), 'no client outside a portal').to.equal(false);

    const portal = document.createElement('pk-portal');
    portal.setAttribute('api-base', API_BASE);
    portal.setAttribute('session-token', 'token-1');
    portal.append(status);
    page.append(portal);

    await until(() => hasList(status), 'the list once a portal is around it');
    expect(api.callsTo('GET', '/v1/deals')).to.have.length(1);
  });
});
