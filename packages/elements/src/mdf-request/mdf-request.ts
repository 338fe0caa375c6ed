import { isAbortError } from '@partnerkit/client';
import type { MdfBalances, MdfForm, MdfRequest, MdfRequestInput, Me } from '@partnerkit/contracts';
import { html, nothing } from 'lit';
import { state } from 'lit/decorators.js';
import { PkMdfRequestedEvent } from '../events/mdf-requested.js';
import { renderDraftNotice, renderSubmitArea } from '../form/render-form.js';
import { FormController } from '../internal/form-controller.js';
import { PkElement } from '../internal/pk-element.js';
import { ResourceController } from '../internal/resource-controller.js';
import { SubmissionController } from '../internal/submission-controller.js';
import mdfLoaders from '../locales/mdf.js';
import loaders from './locales/index.js';
import { mdfRequestStyles } from './mdf-request.styles.js';
import {
  emptyRequest,
  FIELDS,
  restoreRequest,
  toRequestInput,
  validateRequest,
} from './mdf-model.js';
import { formatPeriod } from '../mdf/period.js';
import { renderBalances } from './render-balances.js';
import { renderFields } from './render-fields.js';
import { renderResult } from './render-result.js';

interface Loaded {
  form: MdfForm;
  balances: MdfBalances['balances'];
  me: Me;
}

/**
 * @tag pk-mdf-request
 * @summary Market development funds: the partner's balance per currency and period
 * (available, pending, committed, claimed, paid, drawn as a meter with the figures as text)
 * and the request form. While the partner types, the amount field says what is still
 * available in the period that contains the start date, and an amount above it is refused
 * before submit. After a submit it shows the request and its state. Drafts are saved as the
 * partner types and survive reloads and failed submits; a retried submit reuses its
 * Idempotency-Key so it never duplicates. Without an open allocation it says so instead of
 * showing a form that could not be sent.
 *
 * Place it inside `<pk-portal>`.
 *
 * @csspart base - The widget's root.
 * @csspart balances - The balance cards.
 * @csspart balance - One currency and period.
 * @csspart meter - The bar of a balance (`role="meter"`, its figures in `aria-valuetext`).
 * @csspart buckets - The figures of a balance, as text.
 * @csspart no-allocation - The message shown when the partner has no funds to request.
 * @csspart form - The request form.
 * @csspart section - Each group of fields (activity, expected outcomes, more details).
 * @csspart available - What is still available for the typed amount, announced politely.
 * @csspart draft-notice - The "draft restored" notice.
 * @csspart form-error - Why the last submit failed.
 * @csspart submit - The submit button.
 * @csspart result - The request after a submit.
 * @csspart status - The request's status badge.
 * @csspart loading - The loading state.
 * @csspart error - The error state when the balance or form cannot be loaded.
 * @csspart retry - The retry button of the error state.
 * @csspart missing-portal - The message shown outside a `<pk-portal>`.
 *
 * @cssproperty --pk-mdf-request-gap - Space between blocks and fields.
 * @cssproperty --pk-mdf-request-card-background - Background of a balance card.
 * @cssproperty --pk-mdf-request-card-border - Border of balance cards and field groups.
 * @cssproperty --pk-mdf-request-meter-height - Height of the balance bar.
 * @cssproperty --pk-mdf-request-available-color - Colour of the available part of the bar.
 * @cssproperty --pk-mdf-request-spent-color - Colour of the pending, committed, claimed and paid parts.
 *
 * @fires pk-mdf-requested - `{request}`: the request was sent; `request.status` is its state.
 * @fires pk-error - `{error}`: loading or submitting failed (the widget shows it too).
 */
export class PkMdfRequest extends PkElement {
  static override styles = mdfRequestStyles;

  @state() protected result: MdfRequest | undefined;

  protected readonly resource = new ResourceController<Loaded>(this, {
    load: async (signal) => {
      const [form, { balances }, me] = await Promise.all([
        this.client!.mdf.form({ signal }),
        this.client!.mdf.balance({}, { signal }),
        this.requireSession().me(signal),
      ]);
      return { form, balances, me };
    },
    isEmpty: ({ form }) => form.openPeriods.length === 0 || form.currencies.length === 0,
    onLoad: (loaded) => this.#start(loaded),
    onError: (error) => this.emitError(error),
  });

  protected readonly form = new FormController(this, {
    fields: () => FIELDS,
    validate: (values) =>
      validateRequest(
        values,
        this.resource.value?.balances ?? [],
        (key, options) => this.localize.t(key, options),
        (minor, currency) => this.localize.money(minor, currency),
        (period) => formatPeriod(this.localize, period),
      ),
    onChange: (values) => this.submission.save(values),
  });

  protected readonly submission = new SubmissionController<MdfRequest>(this, {
    draft: () => 'mdf-request',
    form: this.form,
    t: (key, options) => this.localize.t(key, options),
    errorMessage: (error) => this.errorMessage(error),
    emitError: (error) => this.emitError(error),
    empty: () => {
      const form = this.resource.value?.form;
      return form && emptyRequest(form);
    },
    send: (values, idempotencyKey) =>
      this.client!.mdf.request(toRequestInput(values) as MdfRequestInput, { idempotencyKey }),
    accepted: async (request) => {
      this.result = request;
      this.dispatchEvent(new PkMdfRequestedEvent(request));
      void this.#refreshBalances();
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('#result-title')?.focus();
    },
    codes: { insufficient_funds: 'errors.insufficientNow', no_allocation: 'errors.noFundNow' },
    refused: (error) => {
      const code = (error as { code?: unknown } | null)?.code;
      // The balance moved since it was loaded: show the current one.
      if (code === 'mdf_insufficient_funds' || code === 'mdf_no_allocation') {
        void this.#refreshBalances();
      }
    },
  });

  constructor() {
    super('mdf-request', loaders, { mdf: mdfLoaders });
  }

  protected portalReady(): void {
    void this.resource.run();
  }

  #start(loaded: Loaded): void {
    const draft = this.submission.open(loaded.me);
    this.form.reset(draft ? restoreRequest(loaded.form, draft) : emptyRequest(loaded.form));
  }

  /** Re-reads the balance after a submit (or a refusal) without a loading state. */
  async #refreshBalances(): Promise<void> {
    const loaded = this.resource.value;
    if (!loaded || !this.client) return;
    try {
      const { balances } = await this.client.mdf.balance();
      this.resource.value = { ...loaded, balances };
      this.form.touch('amount');
    } catch (error) {
      if (!isAbortError(error)) this.emitError(error);
    }
  }

  #requestAnother(): void {
    this.result = undefined;
    this.submission.discard();
  }

  protected renderWidget(): unknown {
    return this.resource.render({
      loading: () => this.renderLoading(),
      error: (error, retry) => this.renderLoadError(error, retry),
      empty: () => {
        const { balances } = this.resource.value!;
        return html`<div class="stack">
          <div part="no-allocation" class="note" role="status">
            <h2>${this.localize.t('noAllocation.title')}</h2>
            <p>${this.localize.t('noAllocation.body')}</p>
          </div>
          ${balances.length ? renderBalances(balances, this.localize) : nothing}
        </div>`;
      },
      ready: ({ form, balances }) =>
        html`<div class="stack">
          ${renderBalances(balances, this.localize)}
          ${
            this.result
              ? renderResult(this.result, this.localize, () => this.#requestAnother())
              : this.#renderForm(form, balances)
          }
        </div>`,
    });
  }

  #renderForm(mdfForm: MdfForm, balances: Loaded['balances']): unknown {
    const t = (key: string, options?: Record<string, unknown>) => this.localize.t(key, options);
    const { submitting, error, summary, restoredAt } = this.submission;
    return html`<form part="form" novalidate @submit=${this.submission.submit}>
      <h2>${t('title')}</h2>
      ${renderDraftNotice(this.localize, restoredAt, () => this.submission.discard())}
      ${renderFields({ mdfForm, balances, form: this.form, localize: this.localize })}
      ${renderSubmitArea(this.localize, submitting, error, summary)}
    </form>`;
  }
}
