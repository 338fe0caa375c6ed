import type {
  MdfAllocation,
  MdfBalance,
  MdfClaim,
  MdfPeriod,
  MdfRequest,
  MdfRequestEvent,
} from '@partnerkit/contracts';
import type { MdfAllocationRow } from './allocations.table.js';
import type { MdfFundRow } from './funds.table.js';
import { availableOf } from './ledger.js';
import { money } from './money.js';
import type { MdfClaimRow, MdfRequestEventRow, MdfRequestRow } from './requests.table.js';

/** A request row with the period of the fund it draws on (queries.ts selects them together). */
export interface RequestWithPeriod {
  request: MdfRequestRow;
  period: MdfPeriod;
}

export function toMdfRequest({ request: row, period }: RequestWithPeriod): MdfRequest {
  return {
    id: row.id,
    partnerId: row.partnerId,
    status: row.status,
    activityType: row.activityType,
    coopRateBps: row.coopRateBps,
    proof: row.proof,
    title: row.title,
    description: row.description,
    startDate: row.startDate,
    endDate: row.endDate,
    period: { start: period.start, end: period.end },
    amount: { value: row.amountValue, currency: row.currency },
    approvedAmount: money(row.approvedValue, row.currency),
    reimbursableAmount: money(row.reimbursableValue, row.currency),
    paidAmount: money(row.paidValue, row.currency),
    paymentReference: row.paymentReference,
    expectedOutcomes: row.expectedOutcomes,
    campaignId: row.campaignId,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

export function toMdfRequestEvent(row: MdfRequestEventRow): MdfRequestEvent {
  return {
    id: row.id,
    requestId: row.requestId,
    type: row.type,
    fromStatus: row.fromStatus,
    toStatus: row.toStatus,
    actor: row.actor,
    note: row.note,
    amount: money(row.amountValue, row.currency),
    createdAt: row.createdAt.toISOString(),
  };
}

export function toMdfClaim(row: MdfClaimRow): MdfClaim {
  return {
    id: row.id,
    status: row.status,
    spend: { value: row.spendValue, currency: row.currency },
    reimbursableAmount: { value: row.reimbursableValue, currency: row.currency },
    results: row.results,
    files: row.fileIds,
    createdAt: row.createdAt.toISOString(),
    decidedAt: row.decidedAt?.toISOString() ?? null,
  };
}

export function toMdfAllocation(row: MdfAllocationRow): MdfAllocation {
  return {
    id: row.id,
    partnerId: row.partnerId,
    period: { start: row.periodStart, end: row.periodEnd },
    amount: { value: row.amountValue, currency: row.currency },
    note: row.note,
    createdAt: row.createdAt.toISOString(),
  };
}

export function toMdfBalance(fund: MdfFundRow): MdfBalance {
  return {
    currency: fund.currency,
    period: { start: fund.periodStart, end: fund.periodEnd },
    allocated: fund.allocated,
    pending: fund.pending,
    committed: fund.committed,
    claimed: fund.claimed,
    paid: fund.paid,
    available: availableOf(fund),
  };
}
