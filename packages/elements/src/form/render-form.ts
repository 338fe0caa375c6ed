import { html, nothing } from 'lit';
import type { LocalizeController } from '../internal/localize-controller.js';

/**
 * The "draft restored" notice of a form widget with its discard button, in the widget
 * namespace's `draftRestored` and `discardDraft` words.
 */
export function renderDraftNotice(
  localize: LocalizeController,
  restoredAt: string | undefined,
  onDiscard: () => void,
): unknown {
  if (!restoredAt) return nothing;
  const date = localize.date(restoredAt, { dateStyle: 'medium', timeStyle: 'short' });
  return html`<div part="draft-notice" class="note draft" role="status">
    <span>${localize.t('draftRestored', { date })}</span>
    <button type="button" class="button secondary" @click=${onDiscard}>
      ${localize.t('discardDraft')}
    </button>
  </div>`;
}

/**
 * The end of a form widget: why the last submit failed (an alert, hidden when there is
 * nothing to say), the polite summary of invalid fields, and the submit button, which stays
 * focusable while sending (`aria-disabled`); labelled `submit` / `submitting`.
 */
export function renderSubmitArea(
  localize: LocalizeController,
  submitting: boolean,
  error: string | undefined,
  summary: string,
): unknown {
  return html`<div part="form-error" class="note danger" role="alert" ?hidden=${!error}>
      ${error ?? ''}
    </div>
    <div class="visually-hidden" role="status">${summary}</div>
    <div class="actions">
      <button
        part="submit"
        class="button"
        type="submit"
        aria-disabled=${submitting ? 'true' : 'false'}
      >
        ${localize.t(submitting ? 'submitting' : 'submit')}
      </button>
    </div>`;
}
