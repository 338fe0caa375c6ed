import type { DealType, DealVerdict, Reason, ReasonCode } from '@partnerkit/contracts';

/** What the conflict query found about a customer, seen from one partner. */
export interface ConflictFindings {
  /** `null` when the country is not known yet (live check). */
  outsideTerritory: boolean | null;
  ownRegistration: boolean;
  otherPartnerExact: boolean;
  otherPartnerSimilar: boolean;
  accountExact: boolean;
  accountSimilar: boolean;
}

type Severity = 'rejected' | 'pending_review';

/**
 * English fallbacks: clients translate by `code`. None of them names another partner, its deal
 * or the vendor's account, only that a conflict exists.
 */
const MESSAGES: Record<ReasonCode, string> = {
  no_conflict: 'No conflicting registration or customer found.',
  outside_territory: 'The customer is outside the countries your partner agreement covers.',
  already_registered_by_you:
    'Your organisation already has an active registration for this customer.',
  duplicate_domain: 'Another partner already has an active registration for this customer.',
  similar_company:
    'A registration for a company with a very similar name exists; a channel manager will review it.',
  existing_customer: 'This company is already a customer of the vendor.',
  info_requested: 'The channel manager needs more information about this deal.',
  info_provided: 'You answered the request for information; a channel manager will review it.',
  vendor_decision: 'The channel manager decided on this registration.',
};

export function reason(code: ReasonCode, message: string = MESSAGES[code]): Reason {
  return { code, message };
}

/**
 * The verdict of a registration, from the strongest finding down. Every finding is listed, so
 * a partner sees at once everything that stands in the way, but only the strongest decides.
 */
export function decide(findings: ConflictFindings, dealType: DealType): DealVerdict {
  const found: { code: ReasonCode; severity: Severity }[] = [];
  if (findings.outsideTerritory) found.push({ code: 'outside_territory', severity: 'rejected' });
  if (findings.ownRegistration) {
    found.push({ code: 'already_registered_by_you', severity: 'rejected' });
  }
  if (findings.otherPartnerExact) found.push({ code: 'duplicate_domain', severity: 'rejected' });
  else if (findings.otherPartnerSimilar) {
    found.push({ code: 'similar_company', severity: 'pending_review' });
  }
  // New business with a company that already buys from the vendor belongs to the vendor's own
  // account team, so it is refused outright. Upsell and renewal of an existing customer is
  // legitimate partner work, yet it may collide with direct sales: a channel manager decides.
  // A merely similar account name is never proof, so it always goes to review.
  if (findings.accountExact) {
    found.push({
      code: 'existing_customer',
      severity: dealType === 'new' ? 'rejected' : 'pending_review',
    });
  } else if (findings.accountSimilar) {
    found.push({ code: 'existing_customer', severity: 'pending_review' });
  }

  if (found.length === 0) return { status: 'approved', reasons: [reason('no_conflict')] };
  const status: Severity = found.some((item) => item.severity === 'rejected')
    ? 'rejected'
    : 'pending_review';
  const ordered = [
    ...found.filter((item) => item.severity === 'rejected'),
    ...found.filter((item) => item.severity === 'pending_review'),
  ];
  return { status, reasons: ordered.map((item) => reason(item.code)) };
}
