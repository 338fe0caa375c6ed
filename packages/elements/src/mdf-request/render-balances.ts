import type { MdfBalance } from '@partnerkit/contracts';
import { html } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import type { LocalizeController } from '../internal/localize-controller.js';
import { formatPeriod } from '../mdf/period.js';

/** The buckets in the order the bar draws them, from spent to still free. */
const BUCKETS = ['paid', 'claimed', 'committed', 'pending', 'available'] as const;

function renderBalance(balance: MdfBalance, localize: LocalizeController, index: number): unknown {
  const t = (key: string, options?: Record<string, unknown>) => localize.t(key, options);
  const money = (minor: number) => localize.money(minor, balance.currency);
  const period = formatPeriod(localize, balance.period);
  const total = Math.max(balance.allocated, 1);
  const id = `balance-${index}`;
  return html`<li part="balance" class="balance" aria-labelledby="${id}-title">
    <h3 id="${id}-title">${t('balance.heading', { currency: balance.currency, period })}</h3>
    <p class="available">
      <strong>${t('balance.available', { amount: money(balance.available) })}</strong>
      <span class="meta">${t('balance.allocated', { amount: money(balance.allocated) })}</span>
    </p>
    <div
      part="meter"
      class="meter"
      role="meter"
      aria-label=${t('balance.meterLabel', { currency: balance.currency, period })}
      aria-valuemin="0"
      aria-valuemax=${balance.allocated}
      aria-valuenow=${balance.available}
      aria-valuetext=${t('balance.meterText', {
        available: money(balance.available),
        allocated: money(balance.allocated),
      })}
    >
      ${BUCKETS.map((bucket) =>
        balance[bucket] > 0
          ? html`<span
              class="segment ${bucket}"
              style=${styleMap({ inlineSize: `${(balance[bucket] / total) * 100}%` })}
            ></span>`
          : '',
      )}
    </div>
    <dl part="buckets" class="buckets">
      ${BUCKETS.map(
        (bucket) =>
          html`<div>
            <dt>
              <span class="swatch ${bucket}" aria-hidden="true"></span>${t(`buckets.${bucket}`)}
            </dt>
            <dd>${money(balance[bucket])}</dd>
          </div>`,
      )}
    </dl>
  </li>`;
}

/** One card per currency and period: what is available, and where the rest went, as a meter. */
export function renderBalances(
  balances: readonly MdfBalance[],
  localize: LocalizeController,
): unknown {
  return html`<section part="balances" aria-labelledby="balances-title">
    <h2 id="balances-title">${localize.t('balance.title')}</h2>
    <ul class="balances">
      ${balances.map((balance, index) => renderBalance(balance, localize, index))}
    </ul>
  </section>`;
}
