import { DealVerdict } from '@partnerkit/contracts';
import { valid } from './valid.js';

export const approvedVerdict = valid(DealVerdict, {
  status: 'approved',
  reasons: [{ code: 'no_conflict', message: 'No other registration or customer matches.' }],
});

export const pendingVerdict = valid(DealVerdict, {
  status: 'pending_review',
  reasons: [
    {
      code: 'similar_company',
      message: 'A similar company is already registered; a channel manager will review it.',
    },
  ],
});

export const rejectedVerdict = valid(DealVerdict, {
  status: 'rejected',
  reasons: [
    {
      code: 'duplicate_domain',
      message: 'Another active registration already covers this domain.',
    },
  ],
});

export const outsideTerritoryVerdict = valid(DealVerdict, {
  status: 'rejected',
  reasons: [{ code: 'outside_territory', message: 'The customer is outside your territory.' }],
});
