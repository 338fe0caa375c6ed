import { ValidationError } from '@partnerkit/client';
import type { FormController } from './form-controller.js';
import { serverIssues } from './validation.js';

type Translate = (key: string, options?: Record<string, unknown>) => string;

export interface SubmitFailure {
  /** The text of the form's error region. */
  message: string;
  /**
   * The Idempotency-Key must be dropped: the server stored nothing (refused as invalid) or
   * refused the key, so the next submit is a new logical submission.
   */
  newKey: boolean;
}

/**
 * What a form widget says after a failed submit, in its namespace's `submitFailed` and
 * `keyReused` words: field errors of a 400/422 land on their fields (focus moves to the first,
 * the rest join the message; `codes` maps the widget's own error codes to its message keys), a
 * reused key asks the user to check, and anything else (offline, 5xx) keeps the key, so a
 * retry cannot duplicate.
 */
export function submitFailure(
  error: unknown,
  form: FormController,
  t: Translate,
  errorMessage: (error: unknown) => string,
  codes?: Record<string, string>,
): SubmitFailure {
  if (error instanceof ValidationError) {
    const unplaced = form.setServerErrors(serverIssues(error.fieldErrors, t, codes));
    void form.focusFirstInvalid();
    return {
      message: [t('submitFailed'), ...unplaced.map((issue) => issue.message)].join(' '),
      newKey: true,
    };
  }
  if ((error as { code?: unknown } | null)?.code === 'idempotency_key_reused') {
    return { message: t('keyReused'), newKey: true };
  }
  return { message: `${t('submitFailed')} ${errorMessage(error)}`, newKey: false };
}
