import {
  Deal,
  DealForm,
  DealEvent,
  DealVerdict,
  MdfBalances,
  MdfForm,
  MdfRequest,
  Me,
} from '@partnerkit/contracts';

/** Canned API bodies, parsed with the contracts so a fixture can never drift from them. */
export const me: Me = Me.parse({
  tenant: { id: 'ten_1', name: 'Acme Software' },
  partner: {
    id: 'prt_1',
    name: 'Northwind Partners',
    type: 'reseller',
    tier: 'gold',
    countries: ['DE', 'FR'],
    branding: {
      logoUrl: null,
      color: '#7c2d12',
      contactName: null,
      contactEmail: null,
      contactPhone: null,
    },
  },
  user: { id: 'usr_1', name: 'Pat Partner', email: 'pat@northwind.test', locale: null },
});

export const dealForm: DealForm = DealForm.parse({
  products: [
    { id: 'prd_1', name: 'Analytics Suite', sku: 'AN-1' },
    { id: 'prd_2', name: 'Data Connectors', sku: null },
  ],
  currencies: ['EUR', 'USD', 'JPY'],
  defaultCurrency: 'EUR',
  dealTypes: ['new', 'upsell', 'renewal'],
  countries: ['DE', 'FR'],
  customFields: [
    {
      key: 'industry',
      type: 'select',
      label: 'Industry',
      labels: { de: 'Branche' },
      required: true,
      options: [
        { value: 'retail', label: 'Retail' },
        { value: 'finance', label: 'Finance' },
      ],
    },
    { key: 'seats', type: 'number', label: 'Seats', required: false },
  ],
  rules: { protectionDays: 90, extensionDays: 30, maxExtensions: 2 },
});

const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString();

export function deal(overrides: Partial<Deal> = {}): Deal {
  return Deal.parse({
    id: 'deal_1',
    partnerId: 'prt_1',
    status: 'approved',
    company: { name: 'Contoso GmbH', domain: 'contoso.de', country: 'DE' },
    contact: { name: 'Chris Buyer', email: 'chris@contoso.de' },
    products: ['prd_1'],
    amount: { value: 1_250_000, currency: 'EUR' },
    expectedCloseDate: '2027-03-31',
    dealType: 'new',
    coSell: false,
    notes: null,
    customFields: { industry: 'retail' },
    reasons: [{ code: 'no_conflict', message: 'No conflict found' }],
    protectedUntil: inDays(90),
    extensionsUsed: 0,
    assignedManager: null,
    createdAt: inDays(-1),
    updatedAt: inDays(-1),
    ...overrides,
  });
}

export function verdict(
  status: DealVerdict['status'],
  codes: DealVerdict['reasons'][number]['code'][] = [],
): DealVerdict {
  return DealVerdict.parse({
    status,
    reasons: codes.map((code) => ({ code, message: `reason ${code}` })),
  });
}

export function dealEvent(overrides: Partial<DealEvent> = {}): DealEvent {
  return DealEvent.parse({
    id: `evt_${Math.random().toString(36).slice(2, 8)}`,
    dealId: 'deal_1',
    type: 'submitted',
    fromStatus: null,
    toStatus: 'submitted',
    actor: 'partner',
    note: null,
    createdAt: inDays(-1),
    ...overrides,
  });
}

/** Two open quarters: EUR in both, USD in the first only. Dates far ahead so they stay open. */
export const mdfQ1 = { start: '2030-01-01', end: '2030-03-31' };
export const mdfQ2 = { start: '2030-04-01', end: '2030-06-30' };

export const mdfForm: MdfForm = MdfForm.parse({
  locale: 'en',
  activityTypes: [
    {
      key: 'event',
      label: 'Event or trade show',
      coopRateBps: 5000,
      proof: { files: true, results: ['attendees', 'leads'] },
    },
    {
      key: 'digital',
      label: 'Digital campaign',
      coopRateBps: 7500,
      proof: { files: true, results: ['impressions'] },
    },
  ],
  currencies: ['EUR', 'USD'],
  openPeriods: [
    { ...mdfQ1, currencies: ['EUR', 'USD'] },
    { ...mdfQ2, currencies: ['EUR'] },
  ],
});

/** The form of a partner with no open allocation: nothing to request against. */
export const mdfFormWithoutFunds: MdfForm = MdfForm.parse({
  locale: 'en',
  activityTypes: mdfForm.activityTypes,
  currencies: [],
  openPeriods: [],
});

/** Newest period first, then by currency, as the API orders them. Q1 EUR: €8,000 available. */
export const mdfBalances: MdfBalances = MdfBalances.parse({
  balances: [
    {
      currency: 'EUR',
      period: mdfQ2,
      allocated: 1_000_000,
      pending: 0,
      committed: 0,
      claimed: 0,
      paid: 0,
      available: 1_000_000,
    },
    {
      currency: 'EUR',
      period: mdfQ1,
      allocated: 2_000_000,
      pending: 300_000,
      committed: 500_000,
      claimed: 200_000,
      paid: 200_000,
      available: 800_000,
    },
    {
      currency: 'USD',
      period: mdfQ1,
      allocated: 500_000,
      pending: 0,
      committed: 0,
      claimed: 0,
      paid: 0,
      available: 500_000,
    },
  ],
});

export function mdfRequest(overrides: Partial<MdfRequest> = {}): MdfRequest {
  return MdfRequest.parse({
    id: 'mdfr_1',
    partnerId: 'prt_1',
    status: 'submitted',
    activityType: 'event',
    coopRateBps: 5000,
    proof: { files: true, results: ['attendees', 'leads'] },
    title: 'Spring trade fair booth',
    description: null,
    startDate: '2030-02-10',
    endDate: '2030-02-12',
    period: mdfQ1,
    amount: { value: 500_000, currency: 'EUR' },
    approvedAmount: null,
    reimbursableAmount: null,
    paidAmount: null,
    paymentReference: null,
    expectedOutcomes: { leads: 40 },
    campaignId: null,
    createdAt: inDays(0),
    updatedAt: inDays(0),
    ...overrides,
  });
}
