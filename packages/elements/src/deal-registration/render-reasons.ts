import type { Reason } from '@partnerkit/contracts';
import { html, nothing } from 'lit';
import type { LocalizeController } from '../internal/localize-controller.js';

/** Reasons in the reader's language; the API's English message when the code is new to us. */
export function renderReasons(reasons: readonly Reason[], localize: LocalizeController): unknown {
  if (reasons.length === 0) return nothing;
  return html`<ul part="reasons" class="reasons">
    ${reasons.map(
      (reason) =>
        html`<li>
          ${localize.t(`common:reasons.${reason.code}`, { defaultValue: reason.message })}
        </li>`,
    )}
  </ul>`;
}
