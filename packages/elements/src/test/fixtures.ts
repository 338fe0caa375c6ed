import { Deal, DealForm, DealEvent, DealVerdict, Me } from '@partnerkit/contracts';

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
