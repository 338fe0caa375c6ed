import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { createClient } from '@partnerkit/client';
import type { Browser } from 'playwright-core';
import { startApi, type ApiProcess } from './support/api-process.js';
import { launchChromium } from './support/browser.js';
import { fillRegistration, submitRegistration, type Registration } from './support/deal-form.js';
import { freePort } from './support/free-port.js';
import { startVendorSite, type VendorPage, type VendorSite } from './support/vendor-site.js';

const ELEMENTS = fileURLToPath(new URL('../../../packages/elements/', import.meta.url));
const WAIT_MS = 30_000;

/** Every order a vendor's page may load the built elements in. */
const PAGES: Record<string, VendorPage> = {
  'all-in-one': { scripts: ['/pk/define.js'], inPortal: true },
  'portal-first': {
    scripts: ['/pk/portal/define.js', '/pk/deal-registration/define.js'],
    inPortal: true,
  },
  'widgets-first': {
    scripts: ['/pk/deal-registration/define.js', '/pk/portal/define.js'],
    inPortal: true,
  },
  'portal-defined-later': {
    scripts: ['/pk/deal-registration/define.js', '/vendor/define-portal-later.js'],
    inPortal: true,
  },
  'portal-added-later': {
    scripts: ['/pk/define.js', '/vendor/wrap-in-portal-later.js'],
    inPortal: false,
  },
};

/** One customer per page, unlike each other, so every registration is approved on its own. */
const CUSTOMERS: Record<keyof typeof PAGES, [string, string]> = {
  'all-in-one': ['Initech Hydraulics GmbH', 'initech-hydraulics.example'],
  'portal-first': ['Quarzwerk Optik AG', 'quarzwerk-optik.example'],
  'widgets-first': ['Bergfalke Logistik KG', 'bergfalke-logistik.example'],
  'portal-defined-later': ['Seidenmatt Textil GmbH', 'seidenmatt.example'],
  'portal-added-later': ['Vulkanring Energie SE', 'vulkanring-energie.example'],
};

describe('the built elements on a vendor’s own page, in every load order', () => {
  let dataDir: string;
  let api: ApiProcess;
  let site: VendorSite;
  let browser: Browser;

  before(async () => {
    const build = spawnSync(process.execPath, ['scripts/build.mjs'], {
      cwd: ELEMENTS,
      encoding: 'utf8',
    });
    assert.equal(build.status, 0, `building packages/elements/dist failed:\n${build.stderr}`);
    dataDir = await mkdtemp(join(tmpdir(), 'partnerkit-vendor-page-'));
    api = await startApi(join(dataDir, 'db'), await freePort());
    const partner = api.seed.partners[0];
    assert.ok(partner?.users[0], 'the demo seed has a partner with a user');
    const vendor = createClient({ baseUrl: api.url, secretKey: api.seed.secretKey });
    const { token } = await vendor.partnerSessions.create({
      partnerId: partner.id,
      userId: partner.users[0].id,
    });
    site = await startVendorSite(PAGES, api.url, token);
    browser = await launchChromium();
  });

  after(async () => {
    await browser?.close();
    await site?.close();
    await api?.stop();
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  });

  for (const name of Object.keys(PAGES)) {
    it(`${name}: the widget connects to its portal and registers a deal`, async () => {
      const page = await browser.newPage({ locale: 'en-US' });
      page.setDefaultTimeout(WAIT_MS);
      const problems: string[] = [];
      page.on('pageerror', (error) => problems.push(error.message));
      page.on('console', (message) => {
        if (message.type() === 'error')
          problems.push(`${message.text()} (${message.location().url})`);
      });
      try {
        await page.goto(`${site.url}/page/${name}`);
        const form = page.locator('pk-deal-registration');
        await form.getByLabel('Company name').waitFor();
        assert.equal(await form.locator('[part~="missing-portal"]').count(), 0);

        const [company, domain] = CUSTOMERS[name]!;
        const customer: Registration = {
          company,
          domain,
          country: 'DE',
          contactName: 'Petra Lang',
          contactEmail: `petra.lang@${domain}`,
          amount: '18000',
          closeDate: '2027-05-31',
        };
        await fillRegistration(page, customer);
        await submitRegistration(page);
        await form.locator('[part~="decision-approved"]').waitFor();
        assert.deepEqual(problems, [], 'the page logged no errors');
      } finally {
        await page.close();
      }
    });
  }
});
