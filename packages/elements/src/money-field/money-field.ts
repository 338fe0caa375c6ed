import { css, html } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import type { PropertyValues } from 'lit';
import { PkFormControl } from '../form/form-control.js';
import { formControlStyles } from '../form/form-control.styles.js';
import { formatAmount, parseAmount } from './parse-amount.js';

/**
 * @tag pk-money-field
 * @summary An amount of money with its currency. The value is integer minor units (cents),
 * typed and shown in the reader's locale through Intl; form-associated.
 *
 * @csspart label - The label.
 * @csspart input - The amount input.
 * @csspart currency - The currency select.
 * @csspart help-text - The help text.
 * @csspart error - The error message, announced politely.
 *
 * @cssproperty --pk-field-background - Background of the inputs.
 * @cssproperty --pk-field-border-color - Border colour of the inputs.
 * @cssproperty --pk-field-error-color - Colour of the error text and invalid border.
 *
 * @fires input - When the amount or currency changes.
 * @fires change - When the user commits a change.
 */
export class PkMoneyField extends PkFormControl {
  static override styles = [
    formControlStyles,
    css`
      .row {
        display: flex;
        gap: var(--pk-space, 0.5rem);
      }
      .amount {
        flex: 1 1 8rem;
        min-inline-size: 0;
        text-align: end;
      }
      .currency {
        flex: 0 0 6.5rem;
        inline-size: auto;
      }
    `,
  ];

  /** Integer minor units; `null` when empty, `NaN` when what was typed is not an amount. */
  @property({ attribute: false }) amount: number | null = null;
  @property() currency = 'USD';
  @property({ attribute: false }) currencies: string[] = [];
  /** Locale the amount is typed and shown in; defaults to the document's. */
  @property() locale = document.documentElement.lang || navigator.language;
  @property({ attribute: 'currency-label' }) currencyLabel = 'Currency';
  @state() private text = '';
  @query('input') protected input!: HTMLInputElement | null;
  #emitted: number | null = null;

  protected get formValue(): FormData | null {
    if (this.amount === null || Number.isNaN(this.amount)) return null;
    const data = new FormData();
    data.append(this.name || 'amount', String(this.amount));
    data.append(`${this.name || 'amount'}-currency`, this.currency);
    return data;
  }

  protected get anchor(): HTMLElement | null {
    return this.input;
  }

  protected get isEmpty(): boolean {
    return this.amount === null;
  }

  formResetCallback(): void {
    this.amount = null;
  }

  formStateRestoreCallback(state: string | FormData | null): void {
    if (state instanceof FormData) {
      const amount = state.get(this.name || 'amount');
      this.amount = typeof amount === 'string' ? Number(amount) : null;
      const currency = state.get(`${this.name || 'amount'}-currency`);
      if (typeof currency === 'string') this.currency = currency;
    }
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const external = changed.has('amount') && !Object.is(this.amount, this.#emitted);
    if (external || changed.has('locale') || changed.has('currency')) {
      if (this.amount !== null && !Number.isNaN(this.amount)) {
        this.text = formatAmount(this.amount, this.locale, this.currency);
      } else if (this.amount === null && external) {
        this.text = '';
      }
    }
  }

  #onInput(event: Event): void {
    this.text = (event.target as HTMLInputElement).value;
    this.amount = this.#emitted = parseAmount(this.text, this.locale, this.currency);
  }

  #onCurrency(event: Event): void {
    this.currency = (event.target as HTMLSelectElement).value;
    this.amount = this.#emitted = parseAmount(this.text, this.locale, this.currency);
  }

  protected override render() {
    const currencies = this.currencies.length ? this.currencies : [this.currency];
    return html`<div class="field" part="base" role="group" aria-labelledby="group-label">
      <span id="group-label" class="visually-hidden" hidden>${this.label}</span>
      ${this.renderLabel()}
      <div class="row">
        <input
          id="control"
          part="input"
          class="control amount"
          inputmode="decimal"
          autocomplete="off"
          .value=${live(this.text)}
          ?required=${this.required}
          ?disabled=${this.disabled}
          aria-invalid=${this.error ? 'true' : 'false'}
          aria-describedby=${this.describedBy}
          @input=${this.#onInput}
          @change=${() => this.relayChange()}
        />
        <select
          part="currency"
          class="control currency"
          aria-label=${this.currencyLabel}
          .value=${live(this.currency)}
          ?disabled=${this.disabled}
          @input=${this.#onCurrency}
          @change=${() => this.relayChange()}
        >
          ${currencies.map(
            (code) =>
              html`<option value=${code} ?selected=${code === this.currency}>${code}</option>`,
          )}
        </select>
      </div>
      ${this.renderMessages()}
    </div>`;
  }
}
