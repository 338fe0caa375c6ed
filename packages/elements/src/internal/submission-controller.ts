import { isAbortError, newIdempotencyKey } from '@partnerkit/client';
import type { Me } from '@partnerkit/contracts';
import type { ReactiveControllerHost } from 'lit';
import { DraftStore } from './draft-store.js';
import type { FormController } from './form-controller.js';
import type { Values } from './paths.js';
import { submitFailure } from './submit-failure.js';

type Host = ReactiveControllerHost & HTMLElement & { renderRoot: HTMLElement | DocumentFragment };
type Translate = (key: string, options?: Record<string, unknown>) => string;

export interface SubmissionOptions<T> {
  /** Names the draft in storage: one per widget (and per record, for a form about one). */
  draft: () => string;
  form: FormController;
  t: Translate;
  errorMessage: (error: unknown) => string;
  emitError: (error: unknown) => void;
  /** What a discarded draft starts again from. */
  empty: () => Values | undefined;
  /** Sends the values; the key is the same for every retry of one logical submission. */
  send: (values: Values, idempotencyKey: string) => Promise<T>;
  /** The server took it: show the result (the draft is already gone). */
  accepted: (result: T) => void | Promise<void>;
  /** The server refused it or could not be reached, after the message is set. */
  refused?: (error: unknown) => void;
  /** The widget's own error codes and the message keys that say them on their fields. */
  codes?: Record<string, string>;
}

/**
 * The submit side of a form widget: its draft autosaved per user, the "draft restored"
 * notice, validation before sending, one Idempotency-Key per logical submission kept over
 * failed tries (so a retry never duplicates), and what to say when the server refuses.
 */
export class SubmissionController<T> {
  submitting = false;
  /** Why the last submit failed, for the form's alert. */
  error: string | undefined;
  /** When the draft shown was saved, while it is one restored from storage. */
  restoredAt: string | undefined;
  /** The polite count of invalid fields after a refused submit. */
  summary = '';
  readonly #host: Host;
  readonly #options: SubmissionOptions<T>;
  #drafts: DraftStore | undefined;
  #idempotencyKey: string | undefined;

  constructor(host: Host, options: SubmissionOptions<T>) {
    this.#host = host;
    this.#options = options;
  }

  /** Opens this user's draft: its values, if one was saved, for the form to start from. */
  open(me: Me): Values | undefined {
    this.#drafts = new DraftStore(this.#options.draft(), me);
    const draft = this.#drafts.load();
    this.#idempotencyKey = draft?.idempotencyKey;
    this.restoredAt = draft?.savedAt;
    this.error = undefined;
    this.summary = '';
    this.#host.requestUpdate();
    return draft?.values;
  }

  /** Autosaves, keeping the key of a submit that may have reached the server. */
  save(values: Values): void {
    this.#drafts?.save({ values, idempotencyKey: this.#idempotencyKey });
  }

  /** Forgets the draft and its key, empties the form and puts focus on its first field. */
  discard(): void {
    this.#forget();
    this.error = undefined;
    const empty = this.#options.empty();
    if (empty) this.#options.form.reset(empty);
    this.#host.requestUpdate();
    void this.#host.updateComplete.then(() =>
      this.#host.renderRoot.querySelector<HTMLElement>('[data-path]')?.focus(),
    );
  }

  readonly submit = async (event?: Event): Promise<void> => {
    event?.preventDefault();
    if (this.submitting) return;
    const { form, t } = this.#options;
    this.error = undefined;
    if (!form.validate()) {
      this.summary = t('common:errors.summary', { count: form.invalidPaths.length });
      await form.focusFirstInvalid();
      return;
    }
    this.summary = '';
    const idempotencyKey = (this.#idempotencyKey ??= newIdempotencyKey());
    this.save(form.values);
    this.submitting = true;
    this.#host.requestUpdate();
    let result: T;
    try {
      result = await this.#options.send(form.values, idempotencyKey);
    } catch (error) {
      if (!isAbortError(error)) this.#failed(error);
      return;
    } finally {
      this.submitting = false;
      this.#host.requestUpdate();
    }
    this.#forget();
    await this.#options.accepted(result);
  };

  #forget(): void {
    this.#drafts?.clear();
    this.#idempotencyKey = undefined;
    this.restoredAt = undefined;
  }

  #failed(error: unknown): void {
    const { form, t, errorMessage, emitError, codes, refused } = this.#options;
    emitError(error);
    const failure = submitFailure(error, form, t, errorMessage, codes);
    // Refused as invalid or the key refused: nothing was stored, so the next try gets a new key.
    if (failure.newKey) this.#idempotencyKey = undefined;
    this.error = failure.message;
    refused?.(error);
    this.save(form.values);
  }
}
