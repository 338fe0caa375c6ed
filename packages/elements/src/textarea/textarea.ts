import { html } from 'lit';
import { property, query } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import { PkFormControl } from '../form/form-control.js';

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
export class PkTextarea extends PkFormControl {
  @property() value = '';
  @property({ type: Number }) rows = 4;
  @property({ type: Number }) maxlength: number | undefined;
  @query('textarea') protected textarea!: HTMLTextAreaElement | null;
  #default = '';

  override connectedCallback(): void {
    super.connectedCallback();
    this.#default = this.getAttribute('value') ?? '';
  }

  protected get formValue(): string | null {
    return this.value;
  }

  protected get anchor(): HTMLElement | null {
    return this.textarea;
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
      <textarea
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
        @input=${(event: Event) => (this.value = (event.target as HTMLTextAreaElement).value)}
        @change=${() => this.relayChange()}
      ></textarea>
      ${this.renderMessages()}
    </div>`;
  }
}
