import { html } from 'lit';
import { property } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import { PkTextValueControl } from '../form/text-value-control.js';

/**
 * @tag pk-date-field
 * @summary A labelled date input; the value is an ISO date (`2026-12-31`), shown in the
 * browser's locale and fully keyboard-operable.
 *
 * @csspart label - The label.
 * @csspart input - The native date input.
 * @csspart help-text - The help text.
 * @csspart error - The error message, announced politely.
 *
 * @cssproperty --pk-field-background - Input background.
 * @cssproperty --pk-field-border-color - Input border colour.
 * @cssproperty --pk-field-error-color - Colour of the error text and invalid border.
 *
 * @fires input - When the date changes.
 * @fires change - When the user commits a date.
 */
export class PkDateField extends PkTextValueControl {
  @property() min: string | undefined;
  @property() max: string | undefined;

  protected renderControl() {
    return html`<input
      id="control"
      part="input"
      class="control"
      type="date"
      name=${ifDefined(this.name || undefined)}
      min=${ifDefined(this.min)}
      max=${ifDefined(this.max)}
      .value=${live(this.value)}
      ?required=${this.required}
      ?disabled=${this.disabled}
      aria-invalid=${this.error ? 'true' : 'false'}
      aria-describedby=${this.describedBy}
      @input=${this.handleInput}
      @change=${() => this.relayChange()}
    />`;
  }
}
