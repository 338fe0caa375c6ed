import { html } from 'lit';
import { property } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import { PkTextValueControl } from '../form/text-value-control.js';

export interface SelectOption {
  value: string;
  label: string;
}

/**
 * @tag pk-select
 * @summary A labelled choice from a list, built on the native select for full keyboard and
 * screen reader support; form-associated.
 *
 * @csspart label - The label.
 * @csspart select - The native select.
 * @csspart help-text - The help text.
 * @csspart error - The error message, announced politely.
 *
 * @cssproperty --pk-field-background - Background.
 * @cssproperty --pk-field-border-color - Border colour.
 * @cssproperty --pk-field-error-color - Colour of the error text and invalid border.
 *
 * @fires input - When the choice changes.
 * @fires change - When the choice changes.
 */
export class PkSelect extends PkTextValueControl {
  @property({ attribute: false }) options: SelectOption[] = [];
  /** The text of the empty first option, e.g. "Choose…". */
  @property({ attribute: 'empty-label' }) emptyLabel = '—';

  protected renderControl() {
    return html`<select
      id="control"
      part="select"
      class="control"
      name=${ifDefined(this.name || undefined)}
      .value=${live(this.value)}
      ?required=${this.required}
      ?disabled=${this.disabled}
      aria-invalid=${this.error ? 'true' : 'false'}
      aria-describedby=${this.describedBy}
      @input=${this.handleInput}
      @change=${() => this.relayChange()}
    >
      <option value="" ?selected=${this.value === ''}>${this.emptyLabel}</option>
      ${this.options.map(
        (option) =>
          html`<option value=${option.value} ?selected=${option.value === this.value}>
            ${option.label}
          </option>`,
      )}
    </select>`;
  }
}
