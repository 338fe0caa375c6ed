import { expect, html } from '@open-wc/testing';
import { DealNotification, type Deal, type DealEvent } from '@partnerkit/contracts';
import './define.js';
import type { PkDealStatus } from './deal-status.js';
import { liveTiming } from '../internal/live-controller.js';
import { EventStream, FakeApi, json, offline, problem, type Recorded } from '../test/fake-api.js';
import { deal, dealEvent, me } from '../test/fixtures.js';
import { shadowText, until } from '../test/harness.js';
import { inPortal } from '../test/portal-fixture.js';

const defaults = { ...liveTiming };
const contoso = deal({ id: 'deal_1', status: 'submitted', protectedUntil: null });
const globex = deal({
  id: 'deal_2',
  status: 'submitted',
  company: { name: 'Globex Industrial GmbH', domain: 'globex.de', country: 'DE' },
  protectedUntil: null,
});

let api: FakeApi;
let stream: EventStream;
let listed: Deal[];

function notification(changed: Deal, event: DealEvent | null): DealNotification {
  return DealNotification.parse({
    id: event?.id ?? 'evt_reminder',
    type: event ? `deal.${event.type}` : 'deal.reminder',
    createdAt: new Date().toISOString(),
    data: { deal: changed, event },
  });
}

function push(changed: Deal, event: DealEvent): void {
  stream.send(event.id, 'deal.updated', notification(changed, event));
}

const statusOf = (el: PkDealStatus, id: string) =>
  shadowText(el, `[data-deal="${id}"] [part~="status"]`);

beforeEach(() => {
  Object.assign(liveTiming, { pollMs: 40, retryMs: 10, failures: 3 });
  stream = new EventStream();
  listed = [contoso];
  api = new FakeApi()
    .on('GET', '/v1/me', me)
    .on('GET', '/v1/deals', () => json({ items: listed, nextCursor: null }))
    .on('GET', /^\/v1\/deals\/deal_1$/, () => json(listed[0]))
    .on('GET', /^\/v1\/deals\/deal_1\/events$/, {
      items: [dealEvent({ type: 'submitted', toStatus: 'submitted' })],
      nextCursor: null,
    })
    .on('GET', '/v1/events', (request: Recorded) => stream.respond(request))
    .install();
});

afterEach(() => {
  api.restore();
  Object.assign(liveTiming, defaults);
});

async function mount(template = html`<pk-deal-status></pk-deal-status>`) {
  const { el, portal } = await inPortal<PkDealStatus>(template);
  await until(
    () => !!el.shadowRoot?.querySelector('[part~="list"], [part~="detail"], [part~="empty"]'),
    'the deals',
  );
  await el.updateComplete;
  return { el, portal };
}

describe('<pk-deal-status> live updates', () => {
  it('applies a pushed status change in place and announces it, accessibly', async () => {
    const { el } = await mount();
    await until(() => api.callsTo('GET', '/v1/events').length === 1, 'the subscription');
    push(
      { ...contoso, status: 'approved' },
      dealEvent({ type: 'approved', fromStatus: 'submitted', toStatus: 'approved' }),
    );
    await until(() => statusOf(el, 'deal_1') === 'Approved', 'the new status');
    expect(el.shadowRoot!.querySelectorAll('[part~="item"]')).to.have.length(1);
    expect(shadowText(el, '[role="status"]')).to.equal('Contoso GmbH: Approved');
    expect(api.callsTo('GET', '/v1/events')[0]!.headers.get('authorization')).to.equal(
      'Bearer token-1',
    );
    await expect(el).to.be.accessible();
  });

  it('extends the open deal’s timeline with the pushed event', async () => {
    const { el } = await mount(html`<pk-deal-status deal-id="deal_1"></pk-deal-status>`);
    await until(() => api.callsTo('GET', '/v1/events').length === 1, 'the subscription');
    const approved = dealEvent({
      type: 'approved',
      fromStatus: 'submitted',
      toStatus: 'approved',
      actor: 'vendor',
    });
    push({ ...contoso, status: 'approved' }, approved);
    push({ ...contoso, status: 'approved' }, approved);
    await until(() => shadowText(el, '[part~="timeline"]').includes('Approved'), 'the event');
    expect(el.shadowRoot!.querySelectorAll('[part~="timeline"] li')).to.have.length(2);
    expect(shadowText(el, '[part~="detail"] [part~="status"]')).to.equal('Approved');
    expect(shadowText(el, '[role="status"]')).to.equal('Contoso GmbH: Approved');
    await expect(el).to.be.accessible();
  });

  it('adds a newly registered deal at the top when it matches the filter', async () => {
    const { el } = await mount(html`<pk-deal-status status="submitted"></pk-deal-status>`);
    await until(() => api.callsTo('GET', '/v1/events').length === 1, 'the subscription');
    push(
      deal({ ...globex, id: 'deal_3', status: 'approved' }),
      dealEvent({ dealId: 'deal_3', type: 'approved', toStatus: 'approved' }),
    );
    push(globex, dealEvent({ dealId: 'deal_2', type: 'submitted', toStatus: 'submitted' }));
    await until(() => el.shadowRoot!.querySelectorAll('[part~="item"]').length === 2, 'the deal');
    const ids = [...el.shadowRoot!.querySelectorAll('[part~="item"]')].map(
      (item) => (item as HTMLElement).dataset['deal'],
    );
    expect(ids).to.deep.equal(['deal_2', 'deal_1']);
    expect(shadowText(el, '[role="status"]')).to.equal('Globex Industrial GmbH: Submitted');
  });

  it('re-reads its deals when the stream cannot replay what it missed', async () => {
    const { el, portal } = await mount();
    await until(() => api.callsTo('GET', '/v1/events').length === 1, 'the subscription');
    const reads = api.callsTo('GET', '/v1/deals').length;
    listed = [{ ...contoso, status: 'rejected' }];
    stream.send('evt_newest', 'resync', {});
    await until(() => statusOf(el, 'deal_1') === 'Rejected', 'the re-read status');
    expect(api.callsTo('GET', '/v1/deals')).to.have.length(reads + 1);
    expect(shadowText(el, '[role="status"]')).to.equal('Contoso GmbH: Rejected');
    // Back on the page later, it resumes from where the resync put it, not from the lost id.
    stream = new EventStream();
    el.remove();
    portal.append(el);
    await until(() => api.callsTo('GET', '/v1/events').length === 2, 'the new subscription');
    expect(api.callsTo('GET', '/v1/events')[1]!.headers.get('last-event-id')).to.equal(
      'evt_newest',
    );
  });

  it('falls back to polling when the API has no stream, and announces what changed', async () => {
    api.on('GET', '/v1/events', () => problem(404, 'not_found'));
    const { el } = await mount();
    await until(() => api.callsTo('GET', '/v1/deals').length >= 2, 'a poll');
    expect(api.callsTo('GET', '/v1/events')).to.have.length(1);
    listed = [
      { ...globex, status: 'approved' },
      { ...contoso, status: 'rejected' },
    ];
    await until(() => statusOf(el, 'deal_1') === 'Rejected', 'the polled status');
    await until(() => statusOf(el, 'deal_2') === 'Approved', 'the polled deal');
    expect(shadowText(el, '[part~="loading"]')).to.equal('');
    expect(shadowText(el, '[role="status"]')).to.equal(
      'Contoso GmbH: Rejected Globex Industrial GmbH: Approved',
    );
  });

  it('polls after repeated network failures, and stops everything when removed', async () => {
    api.on('GET', '/v1/events', offline);
    const { el, portal } = await mount();
    await until(() => api.callsTo('GET', '/v1/deals').length >= 2, 'a poll');
    expect(api.callsTo('GET', '/v1/events')).to.have.length(liveTiming.failures);
    portal.remove();
    const calls = api.calls.length;
    await new Promise((resolve) => setTimeout(resolve, liveTiming.pollMs * 4));
    expect(api.calls.length).to.equal(calls);
    expect(el.isConnected).to.equal(false);
  });

  it('closes the stream when removed and resumes after the last event when re-added', async () => {
    const { el, portal } = await mount();
    await until(() => api.callsTo('GET', '/v1/events').length === 1, 'the subscription');
    const approved = dealEvent({ type: 'approved', toStatus: 'approved' });
    push({ ...contoso, status: 'approved' }, approved);
    await until(() => statusOf(el, 'deal_1') === 'Approved', 'the new status');
    const first = stream;
    stream = new EventStream();
    el.remove();
    expect(first.cancelled).to.equal(true);
    portal.append(el);
    await until(() => api.callsTo('GET', '/v1/events').length === 2, 'the new subscription');
    expect(api.callsTo('GET', '/v1/events')[1]!.headers.get('last-event-id')).to.equal(approved.id);
    el.remove();
    expect(stream.cancelled).to.equal(true);
    await new Promise((resolve) => setTimeout(resolve, liveTiming.retryMs * 4));
    expect(api.callsTo('GET', '/v1/events')).to.have.length(2);
  });
});
