import {
  reimbursableAmount,
  type FieldError,
  type MdfClaimInput,
  type MdfRequestEventType,
  type MdfRequestStatus,
  type MdfTransitionAction,
  type MdfTransitionInput,
} from '@partnerkit/contracts';
import { and, desc, eq, inArray } from 'drizzle-orm';
import type { Db, Tx } from '../db/database.js';
import type { Actor } from '../deals/deal-events.table.js';
import { newId } from '../db/ids.js';
import { files } from '../files/files.table.js';
import type { PartnerAuth } from '../http/env.js';
import { ProblemError } from '../http/problem.js';
import { recordMdfRequestChange } from './events.js';
import { mdfFunds } from './funds.table.js';
import { movementsBetween, moveFunds, placeOf, writeEntries } from './ledger.js';
import { formatMinor } from './money.js';
import { lockRequest } from './queries.js';
import { insufficientFunds } from './requests.js';
import { mdfClaims, mdfRequests, type MdfRequestRow } from './requests.table.js';
import type { RequestWithPeriod } from './serialize.js';

/** A move of a request: from which statuses, to which, and the timeline entry it writes. */
export interface MdfStep {
  from: readonly MdfRequestStatus[];
  to: MdfRequestStatus;
  event: MdfRequestEventType;
  actor: Actor;
}

/**
 * What a channel manager may do (`POST /v1/mdf/requests/{id}/transitions`), and from where.
 * Anything not listed is a 409 `invalid_transition`. Like a deal, a request waiting for
 * information may still be decided.
 */
export const MDF_TRANSITIONS: Record<MdfTransitionAction, MdfStep> = {
  approve: {
    from: ['submitted', 'needs_info'],
    to: 'approved',
    event: 'approved',
    actor: 'vendor',
  },
  reject: { from: ['submitted', 'needs_info'], to: 'rejected', event: 'rejected', actor: 'vendor' },
  request_info: { from: ['submitted'], to: 'needs_info', event: 'needs_info', actor: 'vendor' },
  approve_claim: {
    from: ['claim_submitted'],
    to: 'claim_approved',
    event: 'claim_approved',
    actor: 'vendor',
  },
  reject_claim: {
    from: ['claim_submitted'],
    to: 'claim_rejected',
    event: 'claim_rejected',
    actor: 'vendor',
  },
  mark_paid: { from: ['claim_approved'], to: 'paid', event: 'paid', actor: 'vendor' },
};

/** The partner's own moves: answering a request for information, and claiming. */
export const MDF_PARTNER_STEPS = {
  answer: { from: ['needs_info'], to: 'submitted', event: 'info_provided', actor: 'partner' },
  claim: {
    from: ['approved', 'claim_rejected'],
    to: 'claim_submitted',
    event: 'claim_submitted',
    actor: 'partner',
  },
} as const satisfies Record<string, MdfStep>;

const DEFAULT_NOTES: Record<MdfTransitionAction, string> = {
  approve: 'Approved by the channel manager.',
  reject: 'Rejected by the channel manager.',
  request_info: 'The channel manager needs more information about this request.',
  approve_claim: 'Claim approved.',
  reject_claim: 'Claim rejected: please claim again with the missing proof.',
  mark_paid: 'Paid.',
};

/** The money a timeline entry of each type shows. */
const AMOUNT_OF_EVENT: Partial<Record<MdfRequestEventType, keyof MdfRequestRow>> = {
  submitted: 'amountValue',
  approved: 'approvedValue',
  claim_submitted: 'reimbursableValue',
  claim_approved: 'reimbursableValue',
  paid: 'paidValue',
};

type Changes = Partial<typeof mdfRequests.$inferInsert>;

export interface Move {
  step: MdfStep;
  changes: Changes;
  note: string | null;
  /** Said when the fund cannot cover what the move holds again. */
  shortfall?: string;
}

const describe = (status: string) => status.replaceAll('_', ' ');

/**
 * Applies one move to a locked request: the new status and amounts, the money moved between
 * the fund's buckets as the request's place in them changes (ledger.ts), its ledger lines, the
 * timeline entry and its notification. All in the caller's transaction.
 */
export async function applyMove(
  tx: Tx,
  found: RequestWithPeriod,
  move: Move,
  now: Date,
): Promise<RequestWithPeriod> {
  const { request } = found;
  if (!move.step.from.includes(request.status)) {
    throw new ProblemError('invalid_transition', {
      detail: `A request that is ${describe(request.status)} cannot move to ${describe(move.step.to)}`,
    });
  }
  const next = { ...request, ...move.changes, status: move.step.to, updatedAt: now };
  const movements = movementsBetween(placeOf(request.status, request), placeOf(next.status, next));
  if (movements.length) {
    const fund = await moveFunds(tx, eq(mdfFunds.id, request.fundId), movements, now);
    if (!fund) {
      const [current] = await tx.select().from(mdfFunds).where(eq(mdfFunds.id, request.fundId));
      const held = movements.reduce((sum, m) => sum + (m.bucket === 'allocated' ? 0 : m.amount), 0);
      throw insufficientFunds(current!, held, move.shortfall ?? 'this needs');
    }
    await writeEntries(tx, fund, { requestId: request.id }, movements, now);
  }
  const [updated] = await tx
    .update(mdfRequests)
    .set({ ...move.changes, status: move.step.to, updatedAt: now })
    .where(eq(mdfRequests.id, request.id))
    .returning();
  const result = { request: updated!, period: found.period };
  const amountColumn = AMOUNT_OF_EVENT[move.step.event];
  await recordMdfRequestChange(tx, {
    request: result,
    type: move.step.event,
    fromStatus: request.status,
    actor: move.step.actor,
    note: move.note,
    amount: amountColumn ? (updated![amountColumn] as number | null) : null,
    at: now,
  });
  return result;
}

/** The claim a claim decision is about: the request's newest, still undecided. */
async function decideClaim(tx: Tx, requestId: string, approved: boolean, now: Date) {
  const [claim] = await tx
    .select({ id: mdfClaims.id })
    .from(mdfClaims)
    .where(and(eq(mdfClaims.requestId, requestId), eq(mdfClaims.status, 'submitted')))
    .orderBy(desc(mdfClaims.createdAt))
    .limit(1);
  if (!claim) throw new Error(`request ${requestId} is claim_submitted without a claim`);
  await tx
    .update(mdfClaims)
    .set({ status: approved ? 'approved' : 'rejected', decidedAt: now })
    .where(eq(mdfClaims.id, claim.id));
}

function approvedValueOf(request: MdfRequestRow, input: MdfTransitionInput): number {
  const amount = input.approvedAmount;
  if (!amount) return request.amountValue;
  const errors: FieldError[] = [];
  if (amount.currency !== request.currency) {
    errors.push({
      path: 'approvedAmount.currency',
      code: 'currency_mismatch',
      message: `The request is in ${request.currency}`,
    });
  } else if (amount.value > request.amountValue) {
    errors.push({
      path: 'approvedAmount.value',
      code: 'too_big',
      message: `At most the requested ${formatMinor(request.amountValue, request.currency)}`,
    });
  }
  if (errors.length) {
    throw new ProblemError('mdf_invalid_amount', {
      detail: 'Approve at most the requested amount, in its currency',
      errors,
    });
  }
  return amount.value;
}

/** `POST /v1/mdf/requests/{id}/transitions` (secret key): one move, one transaction. */
export async function transitionRequest(
  db: Db,
  tenantId: string,
  requestId: string,
  input: MdfTransitionInput,
  now: Date,
): Promise<RequestWithPeriod> {
  const step = MDF_TRANSITIONS[input.action];
  return db.transaction(async (tx) => {
    const found = await lockRequest(tx, tenantId, requestId);
    const { request } = found;
    const changes: Changes = {};
    let shortfall: string | undefined;
    if (step.from.includes(request.status)) {
      if (input.action === 'approve') {
        changes.approvedValue = approvedValueOf(request, input);
      } else if (input.action === 'approve_claim' || input.action === 'reject_claim') {
        await decideClaim(tx, request.id, input.action === 'approve_claim', now);
        if (input.action === 'reject_claim') {
          changes.reimbursableValue = null;
          shortfall =
            'rejecting the claim holds the approved amount again, and what the claim left of it has been requested since:';
        }
      } else if (input.action === 'mark_paid') {
        changes.paidValue = request.reimbursableValue;
        changes.paymentReference = input.paymentReference ?? null;
      }
    }
    return applyMove(
      tx,
      found,
      { step, changes, note: input.note ?? DEFAULT_NOTES[input.action], shortfall },
      now,
    );
  });
}

/**
 * `POST /v1/mdf/requests/{id}/info-responses`: the partner answers a request for information
 * and the request goes back to review; the answer is the timeline entry's note.
 */
export async function answerInfoRequest(
  db: Db,
  auth: PartnerAuth,
  requestId: string,
  note: string,
  now: Date,
): Promise<RequestWithPeriod> {
  return db.transaction(async (tx) => {
    const found = await lockRequest(tx, auth.tenantId, requestId, auth.partnerId);
    return applyMove(tx, found, { step: MDF_PARTNER_STEPS.answer, changes: {}, note }, now);
  });
}

/** What is wrong with a claim for this request, path by path. */
async function claimErrors(tx: Tx, request: MdfRequestRow, input: MdfClaimInput) {
  const errors: FieldError[] = [];
  if (input.spend.currency !== request.currency) {
    errors.push({
      path: 'spend.currency',
      code: 'currency_mismatch',
      message: `Claim in the request's currency, ${request.currency}`,
    });
  }
  for (const result of request.proof.results) {
    if (input.results[result] === undefined) {
      errors.push({
        path: `results.${result}`,
        code: 'required',
        message: `This activity's claims report ${result}`,
      });
    }
  }
  if (request.proof.files && input.files.length === 0) {
    errors.push({
      path: 'files',
      code: 'required',
      message: 'Attach proof of performance (invoices, photos, screenshots)',
    });
  }
  if (input.files.length) {
    const owned = await tx
      .select({ id: files.id })
      .from(files)
      .where(
        and(
          eq(files.tenantId, request.tenantId),
          eq(files.partnerId, request.partnerId),
          inArray(files.id, input.files),
        ),
      );
    const known = new Set(owned.map((file) => file.id));
    input.files.forEach((id, index) => {
      if (!known.has(id)) {
        errors.push({ path: `files.${index}`, code: 'unknown_file', message: 'No such file' });
      }
    });
  }
  return errors;
}

/**
 * `POST /v1/mdf/requests/{id}/claims`: proof of performance for an approved request (or one
 * whose claim was rejected). It reimburses the spend at the request's co-op rate, at most the
 * approved amount; what the claim leaves of the approved amount goes back to the balance.
 */
export async function submitClaim(
  db: Db,
  auth: PartnerAuth,
  requestId: string,
  input: MdfClaimInput,
  now: Date,
  id = newId('mdfc'),
): Promise<RequestWithPeriod> {
  return db.transaction(async (tx) => {
    const found = await lockRequest(tx, auth.tenantId, requestId, auth.partnerId);
    const { request } = found;
    const step = MDF_PARTNER_STEPS.claim;
    if (!(step.from as readonly string[]).includes(request.status)) {
      throw new ProblemError('invalid_transition', {
        detail: `Only an approved request (or one whose claim was rejected) takes a claim; this one is ${describe(request.status)}`,
      });
    }
    const errors = await claimErrors(tx, request, input);
    const reimbursable = reimbursableAmount({
      spend: input.spend.value,
      coopRateBps: request.coopRateBps,
      approved: request.approvedValue!,
    });
    if (!errors.length && reimbursable === 0) {
      errors.push({
        path: 'spend.value',
        code: 'too_small',
        message: 'At this co-op rate the spend reimburses nothing',
      });
    }
    if (errors.length) {
      throw new ProblemError('mdf_claim_invalid', {
        detail: 'The claim lacks what its activity type requires',
        errors,
      });
    }
    await tx.insert(mdfClaims).values({
      id,
      tenantId: request.tenantId,
      requestId: request.id,
      status: 'submitted',
      spendValue: input.spend.value,
      currency: request.currency,
      reimbursableValue: reimbursable,
      results: input.results,
      fileIds: input.files,
      createdAt: now,
    });
    return applyMove(
      tx,
      found,
      { step, changes: { reimbursableValue: reimbursable }, note: input.results.notes ?? null },
      now,
    );
  });
}
