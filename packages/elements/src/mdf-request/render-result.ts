import type { MdfRequest } from '@partnerkit/contracts';
import { html } from 'lit';
import { renderStatusBadge, type BadgeTone } from '../internal/render-badge.js';
import type { LocalizeController } from '../internal/localize-controller.js';
import { formatPeriod } from './render-balances.js';

export const STATUS_TONES: Record<MdfRequest['status'], BadgeTone> = {
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

/** The request just sent: what was asked, from which period, and its state. */
export function renderResult(
  request: MdfRequest,
  localize: LocalizeController,
  another: () => void,
): unknown {
  const t = (key: string, options?: Record<string, unknown>) => localize.t(key, options);
  return html`<section part="result" class="note success" aria-labelledby="result-title">
    <h2 id="result-title" tabindex="-1">${t('result.title')}</h2>
    <p>
      ${t('result.body', {
        amount: localize.money(request.amount.value, request.amount.currency),
        title: request.title,
        period: formatPeriod(localize, request.period),
      })}
    </p>
    <p>
      ${t('result.state')}
      ${renderStatusBadge(request.status, t(`status.${request.status}`), STATUS_TONES[request.status])}
    </p>
    <div class="actions">
      <button type="button" class="button secondary" @click=${another}>
        ${t('result.another')}
      </button>
    </div>
  </section>`;
}
