import { html } from 'lit';
import { property } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import { PkTextValueControl } from '../form/text-value-control.js';

/**
 * @tag pk-textarea
 * @summary A labelled multi-line text input, form-associated.
 *
 * @csspart label - The label.
 * @csspart textarea - The native textarea.
 * @csspart help-text - The help text.
 * @csspart error - The error message, announced politely.
 *
 * @cssproperty --pk-field-background - Background.
 * @cssproperty --pk-field-border-color - Border colour.
 * @cssproperty --pk-field-error-color - Colour of the error text and invalid border.
 *
 * @fires input - When the value changes as the user types.
 * @fires change - When the user commits a change.
 */
export class PkTextarea extends PkTextValueControl {
  @property({ type: Number }) rows = 4;
  @property({ type: Number }) maxlength: number | undefined;

  protected renderControl() {
    return html`<textarea
      id="control"
      part="textarea"
      class="control"
      name=${ifDefined(this.name || undefined)}
      rows=${this.rows}
      maxlength=${ifDefined(this.maxlength)}
      .value=${live(this.value)}
      ?required=${this.required}
      ?disabled=${this.disabled}
      aria-invalid=${this.error ? 'true' : 'false'}
      aria-describedby=${this.describedBy}
      @input=${this.handleInput}
      @change=${() => this.relayChange()}
    ></textarea>`;
  }
}
