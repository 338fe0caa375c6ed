import type { Deal, DealEvent, ExtensionRequest } from '@partnerkit/contracts';
import type { DealEventRow } from './deal-events.table.js';
import type { DealRow } from './deals.table.js';
import type { ExtensionRequestRow } from './extension-requests.table.js';

export function toDeal(row: DealRow): Deal {
  return {
    id: row.id,
    partnerId: row.partnerId,
    status: row.status,
    company: { name: row.companyName, domain: row.companyDomain, country: row.companyCountry },
    contact: row.contact,
    products: row.products,
    amount: { value: row.amountValue, currency: row.amountCurrency },
    expectedCloseDate: row.expectedCloseDate,
    dealType: row.dealType,
    coSell: row.coSell,
    notes: row.notes,
    customFields: row.customFields,
    reasons: row.reasons,
    protectedUntil: row.protectedUntil?.toISOString() ?? null,
    extensionsUsed: row.extensionsUsed,
    assignedManager: row.assignedManager
      ? { name: row.assignedManager.name, email: row.assignedManager.email }
      : null,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

export function toDealEvent(row: DealEventRow): DealEvent {
  return {
    id: row.id,
    dealId: row.dealId,
    type: row.type,
    fromStatus: row.fromStatus,
    toStatus: row.toStatus,
    actor: row.actor,
    note: row.note,
    createdAt: row.createdAt.toISOString(),
  };
}

export function toExtensionRequest(row: ExtensionRequestRow): ExtensionRequest {
  return {
    id: row.id,
    dealId: row.dealId,
    status: row.status,
    reason: row.reason,
    createdAt: row.createdAt.toISOString(),
    decidedAt: row.decidedAt?.toISOString() ?? null,
  };
}
