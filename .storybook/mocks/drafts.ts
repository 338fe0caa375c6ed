import type { DealInput } from '@partnerkit/contracts';
import { me } from './me.js';
import { dateFromNow } from './valid.js';

/** The key a widget autosaves its draft under for the mocked session's user. */
const draftKey = (widget: string) =>
  `pk-draft:${widget}:${me.tenant.id}:${me.partner.id}:${me.user.id}`;

/** A complete, valid registration, as the partner would have typed it. */
export const filledDeal = {
  company: { name: 'Bergmann Maschinenbau GmbH', domain: 'bergmann-mb.de', country: 'DE' },
  contact: { name: 'Mara Schulz', email: 'mara.schulz@bergmann-mb.de', phone: '+49 30 555 0100' },
  products: ['pr_crm_cloud', 'pr_analytics'],
  amount: { value: 4_800_000, currency: 'EUR' },
  expectedCloseDate: dateFromNow(60),
  dealType: 'new',
  coSell: true,
  notes: 'Board decision expected next quarter.',
  customFields: { industry: 'manufacturing', seats: 120 },
} satisfies DealInput;

/** Puts a saved draft in place, so the form opens filled (and says it restored a draft). */
export function seedDraft(widget: string, values: object = filledDeal): void {
  localStorage.setItem(
    draftKey(widget),
    JSON.stringify({ values, savedAt: new Date(Date.now() - 3_600_000).toISOString() }),
  );
}

export function clearDraft(widget: string): void {
  localStorage.removeItem(draftKey(widget));
}
