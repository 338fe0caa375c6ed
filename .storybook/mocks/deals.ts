import {
  Deal,
  DealEvent,
  ExtensionRequest,
  Page,
  type DealInput,
  type DealStatus,
  type Reason,
} from '@partnerkit/contracts';
import { me } from './me.js';
import { approvedVerdict, pendingVerdict, rejectedVerdict } from './verdicts.js';
import { dateFromNow, daysFromNow, valid } from './valid.js';

const manager = { name: 'Jonas Weber', email: 'jonas.weber@northwind.example' };

interface DealSeed {
  id: string;
  status: DealStatus;
  company: { name: string; domain: string; country: string };
  amount: number;
  reasons: Reason[];
  protectedDays: number | null;
  createdDaysAgo: number;
}

function deal(seed: DealSeed) {
  return valid(Deal, {
    id: seed.id,
    partnerId: me.partner.id,
    status: seed.status,
    company: seed.company,
    contact: { name: 'Mara Schulz', email: 'mara.schulz@example.com', phone: '+49 30 555 0100' },
    products: ['pr_crm_cloud', 'pr_analytics'],
    amount: { value: seed.amount, currency: 'EUR' },
    expectedCloseDate: dateFromNow(45),
    dealType: 'new',
    coSell: false,
    notes: null,
    customFields: { industry: 'manufacturing', seats: 120 },
    reasons: seed.reasons,
    protectedUntil: seed.protectedDays === null ? null : daysFromNow(seed.protectedDays),
    extensionsUsed: 0,
    assignedManager: seed.status === 'approved' ? manager : null,
    createdAt: daysFromNow(-seed.createdDaysAgo),
    updatedAt: daysFromNow(-seed.createdDaysAgo),
  });
}

export const approvedDeal = deal({
  id: 'dl_approved',
  status: 'approved',
  company: { name: 'Bergmann Maschinenbau GmbH', domain: 'bergmann-mb.de', country: 'DE' },
  amount: 4_800_000,
  reasons: approvedVerdict.reasons,
  protectedDays: 62,
  createdDaysAgo: 28,
});

/** One deal of each status, newest first, as `GET /v1/deals` lists them. */
export const dealsInEveryState = [
  approvedDeal,
  deal({
    id: 'dl_submitted',
    status: 'submitted',
    company: { name: 'Kessler Logistik AG', domain: 'kessler-logistik.ch', country: 'CH' },
    amount: 1_250_000,
    reasons: [],
    protectedDays: null,
    createdDaysAgo: 0,
  }),
  deal({
    id: 'dl_pending',
    status: 'pending_review',
    company: { name: 'Donau Retail KG', domain: 'donau-retail.at', country: 'AT' },
    amount: 2_200_000,
    reasons: pendingVerdict.reasons,
    protectedDays: null,
    createdDaysAgo: 2,
  }),
  deal({
    id: 'dl_needs_info',
    status: 'needs_info',
    company: { name: 'Rhein Energie Services', domain: 'rhein-energie.example', country: 'DE' },
    amount: 900_000,
    reasons: [{ code: 'info_requested', message: 'Please add the decision maker.' }],
    protectedDays: null,
    createdDaysAgo: 5,
  }),
  deal({
    id: 'dl_rejected',
    status: 'rejected',
    company: { name: 'Hansa Foods', domain: 'hansa-foods.de', country: 'DE' },
    amount: 640_000,
    reasons: rejectedVerdict.reasons,
    protectedDays: null,
    createdDaysAgo: 9,
  }),
  deal({
    id: 'dl_won',
    status: 'won',
    company: { name: 'Zürich Medtech SA', domain: 'zh-medtech.ch', country: 'CH' },
    amount: 7_300_000,
    reasons: approvedVerdict.reasons,
    protectedDays: null,
    createdDaysAgo: 70,
  }),
  deal({
    id: 'dl_lost',
    status: 'lost',
    company: { name: 'Alpen Bau GmbH', domain: 'alpenbau.at', country: 'AT' },
    amount: 1_100_000,
    reasons: approvedVerdict.reasons,
    protectedDays: null,
    createdDaysAgo: 85,
  }),
  deal({
    id: 'dl_expired',
    status: 'expired',
    company: { name: 'Nordsee Fischerei', domain: 'nordsee-fisch.de', country: 'DE' },
    amount: 300_000,
    reasons: approvedVerdict.reasons,
    protectedDays: null,
    createdDaysAgo: 120,
  }),
];

export const firstDealsPage = valid(Page(Deal), {
  items: dealsInEveryState.slice(0, 4),
  nextCursor: 'cursor_page_2',
});

export const secondDealsPage = valid(Page(Deal), {
  items: dealsInEveryState.slice(4),
  nextCursor: null,
});

export const emptyDealsPage = valid(Page(Deal), { items: [], nextCursor: null });

const timeline = [
  valid(DealEvent, {
    id: 'ev_1',
    dealId: approvedDeal.id,
    type: 'submitted',
    fromStatus: null,
    toStatus: 'submitted',
    actor: 'partner',
    note: null,
    createdAt: approvedDeal.createdAt,
  }),
  valid(DealEvent, {
    id: 'ev_2',
    dealId: approvedDeal.id,
    type: 'approved',
    fromStatus: 'submitted',
    toStatus: 'approved',
    actor: 'system',
    note: null,
    createdAt: approvedDeal.createdAt,
  }),
  valid(DealEvent, {
    id: 'ev_3',
    dealId: approvedDeal.id,
    type: 'extension_requested',
    fromStatus: 'approved',
    toStatus: 'approved',
    actor: 'partner',
    note: 'Procurement moved the board meeting to next quarter.',
    createdAt: daysFromNow(-1),
  }),
];

/** `GET /v1/deals/{id}/events` answers a page, oldest first: here with an extension pending. */
export const approvedDealTimeline = valid(Page(DealEvent), { items: timeline, nextCursor: null });

/** The same deal before the partner asked for an extension. */
export const timelineWithoutExtension = valid(Page(DealEvent), {
  items: timeline.filter((event) => !event.type.startsWith('extension_')),
  nextCursor: null,
});

export const pendingExtensionRequest = valid(ExtensionRequest, {
  id: 'er_1',
  dealId: approvedDeal.id,
  status: 'pending',
  reason: 'Procurement moved the board meeting to next quarter.',
  createdAt: daysFromNow(-1),
  decidedAt: null,
});

/** What `POST /v1/deals` answers for a given input and decision, echoing what was sent. */
export function dealFromInput(
  input: DealInput,
  decision: typeof approvedVerdict,
  now = new Date(),
): Deal {
  const status = decision.status;
  return valid(Deal, {
    id: `dl_${now.getTime().toString(36)}`,
    partnerId: me.partner.id,
    status,
    company: input.company,
    contact: input.contact,
    products: input.products,
    amount: input.amount,
    expectedCloseDate: input.expectedCloseDate,
    dealType: input.dealType,
    coSell: input.coSell,
    notes: input.notes ?? null,
    customFields: input.customFields ?? {},
    reasons: decision.reasons,
    protectedUntil: status === 'approved' ? daysFromNow(90) : null,
    extensionsUsed: 0,
    assignedManager: status === 'approved' ? manager : null,
    createdAt: now.toISOString(),
    updatedAt: now.toISOString(),
  });
}
