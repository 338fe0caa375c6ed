import type { MdfRequest } from '@partnerkit/contracts';
import { html } from 'lit';
import { renderMdfStatus } from '../mdf/status.js';
import type { LocalizeController } from '../internal/localize-controller.js';
import { formatPeriod } from '../mdf/period.js';

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
    <p>${t('result.state')} ${renderMdfStatus(request.status, localize)}</p>
    <div class="actions">
      <button type="button" class="button secondary" @click=${another}>
        ${t('result.another')}
      </button>
    </div>
  </section>`;
}
