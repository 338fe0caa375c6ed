import { DealForm } from '@partnerkit/contracts';
import { valid } from './valid.js';

export const dealForm = valid(DealForm, {
  products: [
    { id: 'pr_crm_cloud', name: 'Northwind CRM Cloud', sku: 'NW-CRM-C' },
    { id: 'pr_analytics', name: 'Northwind Analytics', sku: 'NW-AN' },
    { id: 'pr_support_plus', name: 'Support Plus', sku: null },
  ],
  currencies: ['EUR', 'CHF', 'USD'],
  defaultCurrency: 'EUR',
  dealTypes: ['new', 'upsell', 'renewal'],
  countries: ['DE', 'AT', 'CH'],
  customFields: [
    {
      key: 'industry',
      type: 'select',
      label: 'Industry',
      labels: { de: 'Branche', fr: 'Secteur', es: 'Sector', ja: '業種', ar: 'القطاع' },
      required: true,
      options: [
        { value: 'manufacturing', label: 'Manufacturing' },
        { value: 'retail', label: 'Retail' },
        { value: 'public_sector', label: 'Public sector' },
      ],
    },
    {
      key: 'seats',
      type: 'number',
      label: 'Seats',
      labels: { de: 'Arbeitsplätze', fr: 'Postes', es: 'Puestos', ja: 'シート数', ar: 'المقاعد' },
      required: false,
    },
    {
      key: 'competitor',
      type: 'text',
      label: 'Incumbent competitor',
      labels: { de: 'Bisheriger Anbieter' },
      required: false,
    },
    {
      key: 'proofOfConcept',
      type: 'boolean',
      label: 'Proof of concept planned',
      labels: { de: 'Proof of Concept geplant' },
      required: false,
    },
  ],
  rules: { protectionDays: 90, extensionDays: 30, maxExtensions: 2 },
});

/** A form without tenant custom fields, to see the bare registration form. */
export const dealFormWithoutCustomFields = valid(DealForm, { ...dealForm, customFields: [] });
