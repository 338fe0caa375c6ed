import { html, type TemplateResult } from 'lit';
import { property, query } from 'lit/decorators.js';
import { PkFormControl } from './form-control.js';

/**
 * The base of controls whose value is one string edited in one native element (text, date,
 * textarea, select): the value, reset and restore, and the label-control-messages layout live
 * here once; a control only renders its native element, with `id="control"`.
 */
export abstract class PkTextValueControl extends PkFormControl {
  @property() value = '';
  @query('#control') protected control!: HTMLElement | null;
  #default = '';

  override connectedCallback(): void {
    super.connectedCallback();
    this.#default = this.getAttribute('value') ?? '';
  }

  protected get formValue(): string {
    return this.value;
  }

  protected get anchor(): HTMLElement | null {
    return this.control;
  }

  protected get isEmpty(): boolean {
    return this.value === '';
  }

  formResetCallback(): void {
    this.value = this.#default;
  }

  formStateRestoreCallback(state: string | FormData | null): void {
    this.value = typeof state === 'string' ? state : '';
  }

  /** Keeps `value` in step with what the user types or picks. */
  protected readonly handleInput = (event: Event): void => {
    this.value = (event.target as HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement).value;
  };

  protected abstract renderControl(): TemplateResult;

  protected override render() {
    return html`<div class="field" part="base">
      ${this.renderLabel()} ${this.renderControl()} ${this.renderMessages()}
    </div>`;
  }
}
