import type { Page } from 'playwright-core';

export interface Registration {
  company: string;
  domain: string;
  country: string;
  contactName: string;
  contactEmail: string;
  amount: string;
  closeDate: string;
}

/**
 * Fills `<pk-deal-registration>` the way a partner does: by the visible labels (Playwright's
 * locators pierce the widgets' open shadow roots). Tenant custom fields that are required in
 * the demo seed get a value too.
 */
export async function fillRegistration(page: Page, deal: Registration): Promise<void> {
  const form = page.locator('pk-deal-registration');
  await form.getByLabel('Company name').fill(deal.company);
  await form.getByLabel('Website or domain').fill(deal.domain);
  await form.getByRole('combobox', { name: 'Country' }).selectOption(deal.country);
  await form.getByLabel('Contact name').fill(deal.contactName);
  await form.getByLabel('Contact email').fill(deal.contactEmail);
  await form.locator('input[type="checkbox"]').first().check();
  await form.getByRole('textbox', { name: 'Expected deal value' }).fill(deal.amount);
  await form.getByLabel('Expected close date').fill(deal.closeDate);
  const seats = form.getByLabel('Number of seats');
  if (await seats.count()) await seats.fill('40');
}

export async function submitRegistration(page: Page): Promise<void> {
  await page.locator('pk-deal-registration').getByRole('button', { name: 'Register deal' }).click();
}
