import { css, html, nothing } from 'lit';
import { property, query } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import { PkFormControl } from '../form/form-control.js';
import { formControlStyles } from '../form/form-control.styles.js';

/**
 * @tag pk-checkbox
 * @summary A labelled checkbox, form-associated; submits `value` when checked.
 *
 * @csspart label - The label next to the box.
 * @csspart checkbox - The native checkbox.
 * @csspart help-text - The help text.
 * @csspart error - The error message, announced politely.
 *
 * @cssproperty --pk-field-error-color - Colour of the error text.
 * @cssproperty --pk-checkbox-accent - Colour of the checked box.
 *
 * @fires input - When the box is toggled.
 * @fires change - When the box is toggled.
 */
export class PkCheckbox extends PkFormControl {
  static override styles = [
    formControlStyles,
    css`
      :host {
        --pk-checkbox-accent: var(--pk-color-brand, #1d4ed8);
      }
      .row {
        display: flex;
        align-items: center;
        gap: var(--pk-space, 0.5rem);
        min-block-size: 2.75rem;
      }
      input {
        inline-size: 1.25rem;
        block-size: 1.25rem;
        margin: 0;
        accent-color: var(--pk-checkbox-accent);
      }
      label {
        font-weight: 400;
      }
    `,
  ];

  @property({ type: Boolean }) checked = false;
  @property() value = 'on';
  @query('input') protected input!: HTMLInputElement | null;
  #default = false;

  override connectedCallback(): void {
    super.connectedCallback();
    this.#default = this.hasAttribute('checked');
  }

  protected get formValue(): string | null {
    return this.checked ? this.value : null;
  }

  protected get anchor(): HTMLElement | null {
    return this.input;
  }

  protected get isEmpty(): boolean {
    return !this.checked;
  }

  formResetCallback(): void {
    this.checked = this.#default;
  }

  formStateRestoreCallback(state: string | null): void {
    this.checked = state !== null;
  }

  protected override render() {
    return html`<div class="field" part="base">
      <div class="row">
        <input
          id="control"
          part="checkbox"
          type="checkbox"
          name=${ifDefined(this.name || undefined)}
          .checked=${live(this.checked)}
          ?required=${this.required}
          ?disabled=${this.disabled}
          aria-invalid=${this.error ? 'true' : 'false'}
          aria-describedby=${this.describedBy}
          @input=${(event: Event) => (this.checked = (event.target as HTMLInputElement).checked)}
          @change=${() => this.relayChange()}
        />
        <label part="label" for="control"
          >${this.label}${
            this.required ? html`<span class="required" aria-hidden="true">*</span>` : nothing
          }</label
        >
      </div>
      ${this.renderMessages()}
    </div>`;
  }
}
