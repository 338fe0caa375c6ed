import { html } from 'lit';
import { property } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import { PkTextValueControl } from '../form/text-value-control.js';

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
export class PkTextField extends PkTextValueControl {
  @property() type: 'text' | 'email' | 'tel' | 'url' = 'text';
  @property() autocomplete: string | undefined;
  @property({ type: Number }) maxlength: number | undefined;
  @property() inputmode: string | undefined;

  protected renderControl() {
    return html`<input
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
      @input=${this.handleInput}
      @change=${() => this.relayChange()}
    />`;
  }
}
