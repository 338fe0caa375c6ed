import assert from 'node:assert/strict';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { createClient } from '@partnerkit/client';
import type { Deal } from '@partnerkit/contracts';
import type { Browser, Page } from 'playwright-core';
import { startDemoServer, type DemoServer } from '../server/demo-server.js';
import { startApi, type ApiProcess } from './support/api-process.js';
import { launchChromium } from './support/browser.js';
import { fillRegistration, submitRegistration, type Registration } from './support/deal-form.js';
import { freePort } from './support/free-port.js';
import { deepText } from './support/page-text.js';

const SCREENSHOTS = fileURLToPath(new URL('./screenshots/', import.meta.url));
const WAIT_MS = 30_000;

/** The same customer, as partner A types it and as partner B types it later. */
const customerForA: Registration = {
  company: 'Globex Industrial GmbH',
  domain: 'globex-industrial.example',
  country: 'DE',
  contactName: 'Greta Hansen',
  contactEmail: 'greta.hansen@globex-industrial.example',
  amount: '25000',
  closeDate: '2027-03-31',
};
const customerForB: Registration = {
  company: 'GLOBEX Industrial Inc.',
  domain: 'https://www.globex-industrial.example/about',
  country: 'US',
  contactName: 'Hank Scorpio',
  contactEmail: 'hank@globex-industrial.example',
  amount: '30000',
  closeDate: '2027-04-30',
};

describe('demo vendor portal against the real API', () => {
  let dataDir: string;
  let api: ApiProcess;
  let demo: DemoServer;
  let browser: Browser;
  let page: Page;

  const partner = (index: number) => {
    const found = api.seed.partners[index];
    assert.ok(found, `the demo seed has a partner #${index + 1}`);
    return found;
  };

  /** Every deal of one partner, as the vendor's secret key sees them. */
  async function dealsOf(partnerId: string): Promise<Deal[]> {
    const vendor = createClient({ baseUrl: api.url, secretKey: api.seed.secretKey });
    const deals: Deal[] = [];
    let cursor: string | undefined;
    do {
      const batch = await vendor.deals.list({ cursor, limit: 100 });
      deals.push(...batch.items);
      cursor = batch.nextCursor ?? undefined;
    } while (cursor);
    return deals.filter((deal) => deal.partnerId === partnerId);
  }

  async function signInAs(partnerId: string) {
    await page.goto(`${demo.url}?partner=${encodeURIComponent(partnerId)}`);
    await page
      .locator('pk-deal-registration')
      .getByLabel('Company name')
      .waitFor({ timeout: WAIT_MS });
  }

  before(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'partnerkit-e2e-'));
    api = await startApi(join(dataDir, 'db'), await freePort());
    demo = await startDemoServer({
      apiBase: api.url,
      seed: api.seed,
      port: await freePort(),
      watch: false,
    });
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1280, height: 1000 }, locale: 'en-US' });
    page.setDefaultTimeout(WAIT_MS);
    await mkdir(SCREENSHOTS, { recursive: true });
  });

  after(async () => {
    await browser?.close();
    await demo?.close();
    await api?.stop();
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  });

  it('partner A registers a deal, sees it approved with its protection date and listed', async () => {
    const a = partner(0);
    await signInAs(a.id);
    await fillRegistration(page, customerForA);
    const registration = page.locator('pk-deal-registration');
    await registration.screenshot({ path: join(SCREENSHOTS, 'deal-registration.png') });
    await submitRegistration(page);

    const decision = registration.locator('[part~="decision-approved"]');
    await decision.waitFor();
    const [deal] = (await dealsOf(a.id)).filter((d) => d.company.name === customerForA.company);
    assert.ok(deal, 'the API stored the deal');
    assert.equal(deal.status, 'approved');
    assert.ok(deal.protectedUntil, 'an approved deal is protected');
    const protectedUntil = new Intl.DateTimeFormat('en-US', { dateStyle: 'long' }).format(
      new Date(deal.protectedUntil),
    );
    assert.match(await deepText(decision), new RegExp(`protected until ${protectedUntil}`, 'i'));
    await registration.screenshot({ path: join(SCREENSHOTS, 'deal-registration-approved.png') });

    const status = page.locator('pk-deal-status');
    await status.getByText(customerForA.company).first().waitFor();
    await status.screenshot({ path: join(SCREENSHOTS, 'deal-status.png') });
    await page.screenshot({ path: join(SCREENSHOTS, 'demo-page.png'), fullPage: true });
  });

  it('partner B registering the same customer is refused, without any of A’s data', async () => {
    const [a, b] = [partner(0), partner(1)];
    await page.locator('#partner-switcher').selectOption(b.id);
    await page.waitForURL(`**/?partner=${encodeURIComponent(b.id)}*`);
    await signInAs(b.id);
    await fillRegistration(page, customerForB);
    await submitRegistration(page);

    const registration = page.locator('pk-deal-registration');
    const refused = registration.locator('[part~="decision-rejected"], [part~="decision-pending"]');
    await refused.waitFor();
    const [deal] = (await dealsOf(b.id)).filter((d) => d.company.name === customerForB.company);
    assert.ok(deal, 'the API stored B’s registration');
    assert.notEqual(deal.status, 'approved');
    assert.equal(deal.protectedUntil, null);
    await registration.screenshot({ path: join(SCREENSHOTS, 'deal-registration-refused.png') });

    const status = page.locator('pk-deal-status');
    await status.getByText(customerForB.company).first().waitFor();
    const widgets = await deepText(page.locator('pk-portal'));
    assert.ok(widgets.includes(customerForB.company), 'the page text was read');
    const aDeals = await dealsOf(a.id);
    assert.ok(aDeals.length > 0, 'partner A has deals that B must not see');
    const secrets = [
      ...a.users.map((user) => user.email),
      ...aDeals.flatMap((d) => [d.company.name, d.contact.name, d.contact.email, d.id]),
    ];
    for (const secret of secrets) {
      assert.ok(!widgets.includes(secret), `partner B's page shows partner A's "${secret}"`);
    }
    assert.ok(!widgets.includes(a.name), `partner B's page names partner A`);
  });

  it('partner A asks for funds, the vendor approves them, and partner B sees none of it', async () => {
    const [a, b] = [partner(0), partner(1)];
    const vendor = createClient({ baseUrl: api.url, secretKey: api.seed.secretKey });
    const today = new Date().toISOString().slice(0, 10);
    const { balances } = await vendor.mdf.balance({ partnerId: a.id });
    const fund = balances.find((f) => f.period.start <= today && today <= f.period.end);
    assert.ok(fund && fund.available >= 50_000, 'the demo seed gives partner A funds this period');

    await signInAs(a.id);
    const widget = page.locator('pk-mdf-request');
    const title = 'Partner summit breakfast, e2e';
    await widget.getByRole('combobox', { name: 'Activity type' }).selectOption('webinar');
    await widget.getByLabel('Activity name').fill(title);
    await widget.getByLabel('Start date').fill(today);
    await widget.getByLabel('End date').fill(today);
    await widget.getByRole('combobox', { name: 'Currency' }).selectOption(fund.currency);
    await widget.getByRole('textbox', { name: 'Amount requested' }).fill('500');
    await widget.getByLabel('Attendees').fill('60');
    await widget.getByRole('button', { name: 'Request funds' }).click();
    await widget.locator('[part~="result"]').getByText('Submitted').waitFor();

    const [request] = (
      await vendor.mdf.list({ partnerId: a.id, status: 'submitted' })
    ).items.filter((item) => item.title === title);
    assert.ok(request, 'the vendor sees the new request');
    assert.deepEqual(request.amount, { value: 50_000, currency: fund.currency });
    const held = (await vendor.mdf.balance({ partnerId: a.id })).balances.find(
      (f) => f.currency === fund.currency && f.period.start === fund.period.start,
    );
    assert.equal(held?.available, fund.available - 50_000, 'the request holds its amount');
    const approved = await vendor.mdf.transition(request.id, { action: 'approve' });
    assert.equal(approved.status, 'approved');
    await widget.screenshot({ path: join(SCREENSHOTS, 'mdf-request.png') });

    await signInAs(b.id);
    const other = page.locator('pk-mdf-request');
    await other.getByText('Your market development funds').waitFor();
    const widgets = await deepText(page.locator('pk-portal'));
    assert.ok(!widgets.includes(title), "partner B's page shows partner A's request");
    const bRequests = (await vendor.mdf.list({ partnerId: b.id })).items;
    assert.ok(bRequests.every((item) => item.id !== request.id));
  });
});
