import { Me } from '@partnerkit/contracts';
import { valid } from './valid.js';

export const me = valid(Me, {
  tenant: { id: 'tn_northwind', name: 'Northwind Software' },
  partner: {
    id: 'pt_alpenblick',
    name: 'Alpenblick IT GmbH',
    type: 'reseller',
    tier: 'gold',
    countries: ['DE', 'AT', 'CH'],
    branding: {
      logoUrl: null,
      color: '#0b6e4f',
      contactName: 'Lena Hoffmann',
      contactEmail: 'lena.hoffmann@alpenblick.example',
      contactPhone: '+49 89 1234 5678',
    },
  },
  user: {
    id: 'us_lena',
    name: 'Lena Hoffmann',
    email: 'lena.hoffmann@alpenblick.example',
    locale: 'de',
  },
});
