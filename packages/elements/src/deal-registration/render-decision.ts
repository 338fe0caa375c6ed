import type { Deal } from '@partnerkit/contracts';
import { html, nothing } from 'lit';
import type { LocalizeController } from '../internal/localize-controller.js';
import { renderReasons } from './render-reasons.js';

/** The decision right after a submit: protected until a date, pending review, or rejected. */
export function renderDecision(
  deal: Deal,
  localize: LocalizeController,
  another: () => void,
): unknown {
  const t = (key: string, options?: Record<string, unknown>) => localize.t(key, options);
  const kind =
    deal.status === 'approved' ? 'approved' : deal.status === 'rejected' ? 'rejected' : 'pending';
  const tone = { approved: 'success', pending: 'warning', rejected: 'danger' }[kind];
  return html`<section
    part="decision decision-${kind}"
    class="note ${tone}"
    aria-labelledby="decision-title"
  >
    <h2 id="decision-title" tabindex="-1">${t(`decision.${kind}Title`)}</h2>
    ${
      kind === 'approved' && deal.protectedUntil
        ? html`<p>
            ${t('decision.approvedBody', {
              date: localize.date(deal.protectedUntil, { dateStyle: 'long' }),
              relative: localize.relative(deal.protectedUntil),
            })}
          </p>`
        : nothing
    }
    ${kind === 'pending' ? html`<p>${t('decision.pendingBody')}</p>` : nothing}
    ${kind === 'rejected' ? html`<p>${t('decision.rejectedBody')}</p>` : nothing}
    ${kind === 'approved' ? nothing : renderReasons(deal.reasons, localize)}
    <div class="actions">
      <button type="button" class="button secondary" @click=${another}>
        ${t('decision.another')}
      </button>
    </div>
  </section>`;
}
