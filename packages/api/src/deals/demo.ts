import type { DealEventType, DealStatus, DealType, Reason } from '@partnerkit/contracts';
import type { Database } from '../db/database.js';
import type { DemoIds } from '../seed/demo-ids.js';
import { dealEvents, type Actor } from './deal-events.table.js';
import { deals } from './deals.table.js';
import { extensionRequests } from './extension-requests.table.js';
import { storedMatchKeys } from './match-keys.js';
import { normalizeCompanyName, normalizeDomain } from './normalize.js';
import { loadTenantSettings } from './partner-context.js';
import { addDays, managerForCountry } from './routing.js';
import { reason } from './rules.js';

interface DemoDeal {
  key: string;
  /** Index into the demo partners: 0 DACH, 1 North America, 2 France/Benelux/Spain. */
  partner: number;
  company: { name: string; domain: string; country: string };
  contact: { name: string; email: string };
  dealType: DealType;
  amount: { value: number; currency: string };
  daysAgo: number;
  /** The statuses the deal went through after `submitted`, and the reasons it carries now. */
  path: DealStatus[];
  reasons: Reason[];
  extensionsUsed?: number;
}

const DEMO_DEALS: DemoDeal[] = [
  {
    key: 'brauhaus',
    partner: 0,
    company: { name: 'Brauhaus Zürich AG', domain: 'brauhaus-zuerich.ch', country: 'CH' },
    contact: { name: 'Urs Brunner', email: 'urs.brunner@brauhaus-zuerich.ch' },
    dealType: 'new',
    amount: { value: 4_800_000, currency: 'CHF' },
    daysAgo: 12,
    path: ['approved'],
    reasons: [reason('no_conflict')],
  },
  {
    key: 'contoso',
    partner: 1,
    company: { name: 'Contoso Logistics Inc.', domain: 'contoso-logistics.com', country: 'US' },
    contact: { name: 'Dana Whitfield', email: 'dana@contoso-logistics.com' },
    dealType: 'upsell',
    amount: { value: 12_500_000, currency: 'USD' },
    daysAgo: 80,
    path: ['approved'],
    reasons: [reason('no_conflict')],
    extensionsUsed: 1,
  },
  {
    key: 'tailspin',
    partner: 1,
    company: { name: 'Tailspin Toys', domain: 'tailspintoys.com', country: 'US' },
    contact: { name: 'Ravi Patel', email: 'ravi.patel@tailspintoys.com' },
    dealType: 'renewal',
    amount: { value: 3_600_000, currency: 'USD' },
    daysAgo: 2,
    path: ['pending_review'],
    reasons: [reason('existing_customer')],
  },
  {
    key: 'nordlicht',
    partner: 2,
    company: { name: 'Nordlicht Energie GmbH', domain: 'nordlicht-energie.de', country: 'DE' },
    contact: { name: 'Katrin Lorenz', email: 'k.lorenz@nordlicht-energie.de' },
    dealType: 'new',
    amount: { value: 2_000_000, currency: 'EUR' },
    daysAgo: 5,
    path: ['rejected'],
    reasons: [reason('outside_territory')],
  },
  {
    key: 'wideworld',
    partner: 0,
    company: { name: 'Wide World Importers', domain: 'wideworldimporters.de', country: 'DE' },
    contact: { name: 'Jan Hoffmann', email: 'jan.hoffmann@wideworldimporters.de' },
    dealType: 'new',
    amount: { value: 900_000, currency: 'EUR' },
    daysAgo: 9,
    path: ['rejected'],
    reasons: [reason('existing_customer')],
  },
  {
    key: 'dupont',
    partner: 2,
    company: { name: 'Boulangeries Dupont SARL', domain: 'boulangeries-dupont.fr', country: 'FR' },
    contact: { name: 'Claire Dupont', email: 'claire@boulangeries-dupont.fr' },
    dealType: 'new',
    amount: { value: 1_500_000, currency: 'EUR' },
    daysAgo: 7,
    path: ['pending_review', 'needs_info'],
    reasons: [reason('info_requested', 'Which sites would the rollout cover?')],
  },
  {
    key: 'alpina',
    partner: 0,
    company: { name: 'Alpina Versicherung AG', domain: 'alpina-versicherung.at', country: 'AT' },
    contact: { name: 'Florian Gruber', email: 'f.gruber@alpina-versicherung.at' },
    dealType: 'new',
    amount: { value: 21_000_000, currency: 'EUR' },
    daysAgo: 120,
    path: ['approved', 'won'],
    reasons: [reason('no_conflict')],
  },
  {
    key: 'iberica',
    partner: 2,
    company: { name: 'Ibérica Textil S.L.', domain: 'iberica-textil.es', country: 'ES' },
    contact: { name: 'Javier Ortega', email: 'javier.ortega@iberica-textil.es' },
    dealType: 'new',
    amount: { value: 5_400_000, currency: 'EUR' },
    daysAgo: 95,
    path: ['approved', 'lost'],
    reasons: [reason('no_conflict')],
  },
  {
    key: 'maplefoods',
    partner: 1,
    company: { name: 'Northern Maple Foods Ltd.', domain: 'northernmaplefoods.ca', country: 'CA' },
    contact: { name: 'Owen MacLeod', email: 'owen@northernmaplefoods.ca' },
    dealType: 'new',
    amount: { value: 2_750_000, currency: 'CAD' },
    daysAgo: 140,
    path: ['approved', 'expired'],
    reasons: [reason('no_conflict')],
  },
  {
    key: 'lumen',
    partner: 2,
    company: { name: 'Atelier Lumen SA', domain: 'atelier-lumen.be', country: 'BE' },
    contact: { name: 'Sofie Peeters', email: 'sofie@atelier-lumen.be' },
    dealType: 'new',
    amount: { value: 780_000, currency: 'EUR' },
    daysAgo: 0,
    path: [],
    reasons: [],
  },
];

const ACTOR_OF: Partial<Record<DealStatus, Actor>> = {
  approved: 'system',
  rejected: 'system',
  pending_review: 'system',
  needs_info: 'vendor',
  won: 'vendor',
  lost: 'vendor',
  expired: 'system',
};

/**
 * Deals in every state for the demo partners, with their timelines. Idempotent: fixed ids,
 * and existing rows are left as the demo user may have moved them.
 */
export async function seedDemoDeals(database: Database, ids: DemoIds): Promise<void> {
  const { db } = database;
  const settings = await loadTenantSettings(db, ids.tenantId);
  const now = new Date();
  await db.transaction(async (tx) => {
    for (const demo of DEMO_DEALS) {
      const partner = ids.partners[demo.partner];
      if (!partner) continue;
      const id = `deal_demo_${demo.key}`;
      const createdAt = addDays(now, -demo.daysAgo);
      const status = demo.path.at(-1) ?? 'submitted';
      const everApproved = demo.path.includes('approved');
      const extensionsUsed = demo.extensionsUsed ?? 0;
      const protectedUntil =
        status === 'approved'
          ? addDays(createdAt, settings.protectionDays + extensionsUsed * settings.extensionDays)
          : null;
      const inserted = await tx
        .insert(deals)
        .values({
          id,
          tenantId: ids.tenantId,
          partnerId: partner.id,
          userId: partner.userIds[0] ?? '',
          status,
          companyName: demo.company.name,
          companyDomain: demo.company.domain,
          companyCountry: demo.company.country,
          nameNorm: normalizeCompanyName(demo.company.name),
          matchKeys: storedMatchKeys(normalizeCompanyName(demo.company.name)),
          domainNorm: normalizeDomain(demo.company.domain),
          contact: demo.contact,
          products: ids.productIds.slice(0, 1 + (demo.key.length % 2)),
          amountValue: demo.amount.value,
          amountCurrency: demo.amount.currency,
          expectedCloseDate: addDays(createdAt, 75).toISOString().slice(0, 10),
          dealType: demo.dealType,
          coSell: demo.partner === 2,
          notes: null,
          customFields: { seats: 25 + demo.daysAgo },
          reasons: demo.reasons,
          protectedUntil,
          extensionsUsed,
          assignedManager: everApproved
            ? await managerForCountry(tx, ids.tenantId, demo.company.country)
            : null,
          createdAt,
          updatedAt: addDays(createdAt, demo.path.length > 1 ? 3 : 0),
        })
        .onConflictDoNothing()
        .returning({ id: deals.id });
      if (inserted.length === 0) continue;

      const steps: {
        type: DealEventType;
        from: DealStatus | null;
        to: DealStatus;
        actor: Actor;
      }[] = [{ type: 'submitted', from: null, to: 'submitted', actor: 'partner' }];
      let from: DealStatus = 'submitted';
      for (const to of demo.path) {
        steps.push({ type: to, from, to, actor: ACTOR_OF[to] ?? 'vendor' });
        from = to;
      }
      for (let round = 0; round < extensionsUsed; round++) {
        steps.push(
          { type: 'extension_requested', from: 'approved', to: 'approved', actor: 'partner' },
          { type: 'extension_granted', from: 'approved', to: 'approved', actor: 'vendor' },
        );
      }
      await tx.insert(dealEvents).values(
        steps.map((step, index) => ({
          id: `dev_demo_${demo.key}_${index}`,
          tenantId: ids.tenantId,
          dealId: id,
          type: step.type,
          fromStatus: step.from,
          toStatus: step.to,
          actor: step.actor,
          note: null,
          createdAt: addDays(createdAt, index < 2 ? 0 : 3),
        })),
      );
      for (let round = 0; round < extensionsUsed; round++) {
        const requestedAt = addDays(createdAt, settings.protectionDays - 10);
        await tx.insert(extensionRequests).values({
          id: `ext_demo_${demo.key}_${round}`,
          tenantId: ids.tenantId,
          dealId: id,
          status: 'granted',
          reason: 'The customer moved its budget decision to next quarter.',
          createdAt: requestedAt,
          decidedAt: addDays(requestedAt, 1),
        });
      }
    }
  });
}
