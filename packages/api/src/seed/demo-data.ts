import type { Branding, CustomFieldDefinition, Locale } from '@partnerkit/contracts';

/**
 * The demo tenant "Northwind Software". Ids are fixed so re-running the seed updates the same
 * records, and the demo pages, curl examples and bookmarks keep working across restarts.
 */
export const DEMO_TENANT = { id: 'ten_demo_northwind', name: 'Northwind Software' } as const;

/**
 * Fixed demo keys: they only ever belong to the demo tenant, which exists to be shown to
 * people, and fixed keys keep `pnpm start`'s printed instructions valid on every run. Real
 * tenants get random keys (`partnerkit-api seed`), stored as hashes and shown once.
 */
export const DEMO_SECRET_KEY = 'sk_demo_northwind_local_only_0001';
export const DEMO_PUBLISHABLE_KEY = 'pk_demo_northwind_local_only_0001';

/** Where the demo pages run: the API itself and the usual dev-server ports. */
export const DEMO_ORIGINS = [
  'http://localhost:8787',
  'http://127.0.0.1:8787',
  'http://localhost:5173',
  'http://127.0.0.1:5173',
  'http://localhost:6006',
  'http://127.0.0.1:6006',
];

export const DEMO_MANAGERS = [
  { id: 'cm_demo_emea', name: 'Sophie Keller', email: 'sophie.keller@northwind.example' },
  { id: 'cm_demo_americas', name: 'Marcus Reed', email: 'marcus.reed@northwind.example' },
] as const;

export const DEMO_PRODUCTS = [
  { id: 'prd_demo_cloud', name: 'Northwind Cloud Suite', sku: 'NW-CLOUD' },
  { id: 'prd_demo_analytics', name: 'Northwind Analytics', sku: 'NW-ANLY' },
  { id: 'prd_demo_security', name: 'Northwind Security Add-on', sku: 'NW-SEC' },
  { id: 'prd_demo_support', name: 'Premium Support', sku: null },
] as const;

export const DEMO_CUSTOM_FIELDS: CustomFieldDefinition[] = [
  {
    key: 'competitor',
    type: 'select',
    label: 'Main competitor',
    labels: { de: 'Hauptwettbewerber', fr: 'Principal concurrent', es: 'Competidor principal' },
    required: false,
    options: [
      { value: 'none', label: 'None' },
      { value: 'contoso', label: 'Contoso' },
      { value: 'fabrikam', label: 'Fabrikam' },
      { value: 'other', label: 'Other' },
    ],
  },
  {
    key: 'seats',
    type: 'number',
    label: 'Number of seats',
    labels: { de: 'Anzahl Lizenzen', fr: 'Nombre de licences', es: 'Número de licencias' },
    required: true,
  },
  {
    key: 'budgetConfirmed',
    type: 'boolean',
    label: 'Budget confirmed',
    labels: { de: 'Budget bestätigt', fr: 'Budget confirmé', es: 'Presupuesto confirmado' },
    required: false,
  },
];

interface DemoPartner {
  id: string;
  name: string;
  type: 'reseller' | 'msp' | 'system_integrator';
  tier: 'silver' | 'gold' | 'platinum';
  countries: string[];
  branding: Branding;
  users: { id: string; name: string; email: string; locale: Locale }[];
}

export const DEMO_PARTNERS: DemoPartner[] = [
  {
    id: 'par_demo_alpenwerk',
    name: 'Alpenwerk IT GmbH',
    type: 'reseller',
    tier: 'gold',
    countries: ['DE', 'AT', 'CH'],
    branding: {
      logoUrl: null,
      color: '#0f6e5c',
      contactName: 'Lena Vogel',
      contactEmail: 'vertrieb@alpenwerk.example',
      contactPhone: '+49 89 1234 5670',
    },
    users: [
      {
        id: 'usr_demo_lena',
        name: 'Lena Vogel',
        email: 'lena.vogel@alpenwerk.example',
        locale: 'de',
      },
      {
        id: 'usr_demo_jonas',
        name: 'Jonas Berger',
        email: 'jonas.berger@alpenwerk.example',
        locale: 'de',
      },
    ],
  },
  {
    id: 'par_demo_maple',
    name: 'Maple Managed Services',
    type: 'msp',
    tier: 'silver',
    countries: ['US', 'CA'],
    branding: {
      logoUrl: null,
      color: '#b3261e',
      contactName: 'Emily Carter',
      contactEmail: 'partners@maple-msp.example',
      contactPhone: '+1 416 555 0142',
    },
    users: [
      {
        id: 'usr_demo_emily',
        name: 'Emily Carter',
        email: 'emily.carter@maple-msp.example',
        locale: 'en',
      },
      {
        id: 'usr_demo_noah',
        name: 'Noah Tremblay',
        email: 'noah.tremblay@maple-msp.example',
        locale: 'en',
      },
    ],
  },
  {
    id: 'par_demo_lumiere',
    name: 'Lumière Intégration',
    type: 'system_integrator',
    tier: 'platinum',
    countries: ['FR', 'BE', 'ES'],
    branding: {
      logoUrl: null,
      color: '#3949ab',
      contactName: 'Camille Martin',
      contactEmail: 'contact@lumiere-integration.example',
      contactPhone: '+33 1 23 45 67 89',
    },
    users: [
      {
        id: 'usr_demo_camille',
        name: 'Camille Martin',
        email: 'camille.martin@lumiere-integration.example',
        locale: 'fr',
      },
      {
        id: 'usr_demo_lucia',
        name: 'Lucía García',
        email: 'lucia.garcia@lumiere-integration.example',
        locale: 'es',
      },
    ],
  },
];

export const DEMO_MANAGER_BY_COUNTRY: Record<string, string> = {
  '*': 'cm_demo_emea',
  US: 'cm_demo_americas',
  CA: 'cm_demo_americas',
};
