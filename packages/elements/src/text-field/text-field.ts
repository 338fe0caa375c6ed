import { html } from 'lit';
import { property, query } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import { PkFormControl } from '../form/form-control.js';

/**
 * @tag pk-text-field
 * @summary A labelled single-line text input (text, email, phone, URL), form-associated.
 *
 * @csspart label - The label.
 * @csspart input - The native input.
 * @csspart help-text - The help text under the input.
 * @csspart error - The error message, announced politely.
 *
 * @cssproperty --pk-field-background - Input background.
 * @cssproperty --pk-field-border-color - Input border colour.
 * @cssproperty --pk-field-radius - Input corner radius.
 * @cssproperty --pk-field-error-color - Colour of the error text and invalid border.
 *
 * @fires input - When the value changes as the user types.
 * @fires change - When the user commits a change.
 */
export class PkTextField extends PkFormControl {
  @property() type: 'text' | 'email' | 'tel' | 'url' = 'text';
  @property() value = '';
  @property() autocomplete: string | undefined;
  @property({ type: Number }) maxlength: number | undefined;
  @property() inputmode: string | undefined;
  @query('input') protected input!: HTMLInputElement | null;
  #default = '';

  override connectedCallback(): void {
    super.connectedCallback();
    this.#default = this.getAttribute('value') ?? '';
  }

  protected get formValue(): string | null {
    return this.value;
  }

  protected get anchor(): HTMLElement | null {
    return this.input;
  }

  protected get isEmpty(): boolean {
    return this.value === '';
  }

  formResetCallback(): void {
    this.value = this.#default;
  }

  formStateRestoreCallback(state: string | null): void {
    this.value = state ?? '';
  }

  protected override render() {
    return html`<div class="field" part="base">
      ${this.renderLabel()}
      <input
        id="control"
        part="input"
        class="control"
        type=${this.type}
        name=${ifDefined(this.name || undefined)}
        .value=${live(this.value)}
        autocomplete=${ifDefined(this.autocomplete as AutoFill | undefined)}
        inputmode=${ifDefined(this.inputmode)}
        maxlength=${ifDefined(this.maxlength)}
        ?required=${this.required}
        ?disabled=${this.disabled}
        aria-invalid=${this.error ? 'true' : 'false'}
        aria-describedby=${this.describedBy}
        @input=${(event: Event) => (this.value = (event.target as HTMLInputElement).value)}
        @change=${() => this.relayChange()}
      />
      ${this.renderMessages()}
    </div>`;
  }
}
