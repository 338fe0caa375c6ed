import type { MdfRequestStatus } from '@partnerkit/contracts';
import { renderStatusBadge, type BadgeTone } from '../internal/render-badge.js';
import type { LocalizeController } from '../internal/localize-controller.js';

const TONES: Record<MdfRequestStatus, BadgeTone> = {
  submitted: 'warning',
  needs_info: 'warning',
  claim_submitted: 'warning',
  approved: 'success',
  claim_approved: 'success',
  paid: 'success',
  rejected: 'danger',
  claim_rejected: 'danger',
  expired: 'danger',
};

/** An MDF request's status as a badge, in the family's `mdf:status` words. */
export function renderMdfStatus(status: MdfRequestStatus, localize: LocalizeController): unknown {
  return renderStatusBadge(status, localize.t(`mdf:status.${status}`), TONES[status]);
}
