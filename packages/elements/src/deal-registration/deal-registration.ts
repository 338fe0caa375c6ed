import type { Deal, DealForm, DealInput, Me } from '@partnerkit/contracts';
import { html } from 'lit';
import { state } from 'lit/decorators.js';
import { PkDealCheckEvent } from '../events/deal-check.js';
import { PkDealSubmittedEvent } from '../events/deal-submitted.js';
import { FormController } from '../internal/form-controller.js';
import { PkElement } from '../internal/pk-element.js';
import type { Values } from '../internal/paths.js';
import { ResourceController } from '../internal/resource-controller.js';
import { SubmissionController } from '../internal/submission-controller.js';
import { warmUp } from '../internal/warm-up.js';
import { renderDraftNotice, renderSubmitArea } from '../form/render-form.js';
import { dealRegistrationStyles } from './deal-registration.styles.js';
import {
  customFieldLabel,
  emptyDeal,
  fieldPaths,
  restoreDeal,
  toDealInput,
  validateDeal,
} from './deal-model.js';
import loaders from './locales/index.js';
import { PrecheckController, precheckInput } from './precheck-controller.js';
import { renderDecision } from './render-decision.js';
import { renderFields } from './render-fields.js';

interface Loaded {
  form: DealForm;
  me: Me;
}

/**
 * @tag pk-deal-registration
 * @summary Deal registration: the tenant's form with its custom fields, a live conflict
 * check while typing, and the decision (protected, pending review or rejected, with reasons)
 * the moment it is submitted. Drafts are saved as the partner types and survive reloads and
 * failed submits; a retried submit reuses its Idempotency-Key so it never duplicates.
 *
 * Place it inside `<pk-portal>`.
 *
 * @csspart base - The widget's root.
 * @csspart form - The form.
 * @csspart section - Each group of fields (customer, contact, deal, more details).
 * @csspart precheck - The live pre-check verdict, announced politely.
 * @csspart draft-notice - The "draft restored" notice.
 * @csspart form-error - Why the last submit failed.
 * @csspart submit - The submit button.
 * @csspart decision - The decision after a submit.
 * @csspart reasons - The list of reasons of a verdict or decision.
 * @csspart loading - The loading state.
 * @csspart error - The error state when the form cannot be loaded.
 * @csspart retry - The retry button of the error state.
 * @csspart missing-portal - The message shown outside a `<pk-portal>`.
 *
 * @cssproperty --pk-deal-registration-gap - Space between sections and fields.
 * @cssproperty --pk-deal-registration-section-border - Border colour of the field groups.
 * @cssproperty --pk-deal-registration-columns - Grid columns of a section (one column on narrow screens).
 *
 * @fires pk-deal-check - `{verdict}`: the live pre-check produced a verdict.
 * @fires pk-deal-submitted - `{deal}`: the deal was registered; `deal.status` is the decision.
 * @fires pk-error - `{error}`: loading the form or submitting failed (the widget shows it too).
 */
export class PkDealRegistration extends PkElement {
  static override styles = dealRegistrationStyles;

  @state() protected decision: Deal | undefined;

  protected readonly resource = new ResourceController<Loaded>(this, {
    load: async (signal) => {
      const [form, me] = await Promise.all([
        this.client!.deals.form({ signal }),
        this.requireSession().me(signal),
      ]);
      return { form, me };
    },
    onLoad: (loaded) => this.#start(loaded),
    onError: (error) => this.emitError(error),
  });

  protected readonly form = new FormController(this, {
    fields: () => fieldPaths(this.resource.value?.form),
    validate: (values) =>
      validateDeal(values, this.resource.value?.form, (key, options) =>
        this.localize.t(key, options),
      ),
    onChange: (values) => {
      this.submission.save(values);
      this.#schedulePrecheck(values);
    },
  });

  protected readonly submission = new SubmissionController<Deal>(this, {
    draft: () => 'deal-registration',
    form: this.form,
    t: (key, options) => this.localize.t(key, options),
    errorMessage: (error) => this.errorMessage(error),
    emitError: (error) => this.emitError(error),
    empty: () => {
      const form = this.resource.value?.form;
      return form && emptyDeal(form);
    },
    send: (values, idempotencyKey) =>
      this.client!.deals.create(toDealInput(values) as DealInput, { idempotencyKey }),
    accepted: async (deal) => {
      this.precheck.reset();
      this.decision = deal;
      this.dispatchEvent(new PkDealSubmittedEvent(deal));
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('#decision-title')?.focus();
    },
  });

  protected readonly precheck = new PrecheckController(this, {
    check: (input, signal) => this.client!.deals.check(input, { signal }),
    onVerdict: (verdict) => {
      const event = new PkDealCheckEvent(verdict);
      this.dispatchEvent(event);
    },
  });

  constructor() {
    super('deal-registration', loaders);
  }

  protected portalReady(): void {
    void this.resource.run();
    warmUp(this.localize.locale);
  }

  #start(loaded: Loaded): void {
    const draft = this.submission.open(loaded.me);
    this.form.reset(draft ? restoreDeal(loaded.form, draft) : emptyDeal(loaded.form));
    this.#schedulePrecheck(this.form.values);
  }

  #schedulePrecheck(values: Values): void {
    const company = (values['company'] ?? {}) as Values;
    this.precheck.schedule(precheckInput({ ...company, dealType: values['dealType'] }));
  }

  #discardDraft(): void {
    this.submission.discard();
    this.precheck.reset();
  }

  #registerAnother(): void {
    this.decision = undefined;
    this.#discardDraft();
  }

  protected renderWidget(): unknown {
    return this.resource.render({
      loading: () => this.renderLoading(),
      error: (error, retry) => this.renderLoadError(error, retry),
      ready: ({ form }) =>
        this.decision
          ? renderDecision(this.decision, this.localize, () => this.#registerAnother())
          : this.#renderForm(form),
    });
  }

  #renderForm(dealForm: DealForm): unknown {
    const t = (key: string, options?: Record<string, unknown>) => this.localize.t(key, options);
    const { submitting, error, summary, restoredAt } = this.submission;
    return html`<form part="form" novalidate @submit=${this.submission.submit}>
      <h2 part="title">${t('title')}</h2>
      ${renderDraftNotice(this.localize, restoredAt, () => this.#discardDraft())}
      ${renderFields({
        dealForm,
        form: this.form,
        localize: this.localize,
        precheck: this.precheck,
        customLabel: (field) => customFieldLabel(field, this.localize.locale),
      })}
      ${renderSubmitArea(this.localize, submitting, error, summary)}
    </form>`;
  }
}
