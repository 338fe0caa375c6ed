import type { Deal, DealInput } from '@partnerkit/contracts';

export const dealInput: DealInput = {
  company: { name: 'Contoso GmbH', domain: 'contoso.de', country: 'DE' },
  contact: { name: 'Erika Mustermann', email: 'erika@contoso.de' },
  products: ['prod_1'],
  amount: { value: 1_250_000, currency: 'EUR' },
  expectedCloseDate: '2027-03-31',
  dealType: 'new',
  coSell: false,
};

export const deal: Deal = {
  id: 'deal_1',
  partnerId: 'partner_1',
  status: 'approved',
  company: { name: 'Contoso GmbH', domain: 'contoso.de', country: 'DE' },
  contact: { name: 'Erika Mustermann', email: 'erika@contoso.de' },
  products: ['prod_1'],
  amount: { value: 1_250_000, currency: 'EUR' },
  expectedCloseDate: '2027-03-31',
  dealType: 'new',
  coSell: false,
  notes: null,
  customFields: {},
  reasons: [{ code: 'no_conflict', message: 'No conflicting registration or customer found' }],
  protectedUntil: '2027-02-21T02:00:00.000Z',
  extensionsUsed: 0,
  assignedManager: { name: 'Max Weber', email: 'max@northwind.example' },
  createdAt: '2026-11-23T02:00:00.000Z',
  updatedAt: '2026-11-23T02:00:00.000Z',
};
