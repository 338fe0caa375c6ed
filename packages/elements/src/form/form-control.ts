import {
  html,
  LitElement,
  nothing,
  type CSSResultGroup,
  type PropertyValues,
  type TemplateResult,
} from 'lit';
import { property } from 'lit/decorators.js';
import { devWarn } from '../internal/dev-mode.js';
import { formControlStyles } from './form-control.styles.js';

/**
 * The one base of PartnerKit form controls: form-associated through ElementInternals (value,
 * validity, reset and restore), a required visible label, help and error text wired to the
 * control with `aria-describedby`, and errors announced through a polite live region.
 *
 * The owning form decides when an error is shown (after the user leaves the field or tries
 * to submit) and passes it in `error`; that also sets `:state(user-invalid)`.
 */
export abstract class PkFormControl extends LitElement {
  static formAssociated = true;
  static override shadowRootOptions: ShadowRootInit = {
    ...LitElement.shadowRootOptions,
    delegatesFocus: true,
  };
  static override styles: CSSResultGroup = formControlStyles;

  protected readonly internals: ElementInternals = this.attachInternals();

  /** The visible label; required, a placeholder is never the name of a field. */
  @property() label = '';
  @property({ reflect: true }) name = '';
  @property({ attribute: 'help-text' }) helpText = '';
  /** The message to show and announce; empty when the value is fine. */
  @property() error = '';
  @property({ type: Boolean, reflect: true }) required = false;
  @property({ type: Boolean, reflect: true }) disabled = false;

  get form(): HTMLFormElement | null {
    return this.internals.form;
  }

  get validity(): ValidityState {
    return this.internals.validity;
  }

  get validationMessage(): string {
    return this.internals.validationMessage;
  }

  checkValidity(): boolean {
    return this.internals.checkValidity();
  }

  reportValidity(): boolean {
    return this.internals.reportValidity();
  }

  /** The value as the surrounding `<form>` submits it. */
  protected abstract get formValue(): string | FormData | null;
  /** The inner element validity messages point at. */
  protected abstract get anchor(): HTMLElement | null;
  protected abstract get isEmpty(): boolean;
  /** Back to the value the control had when the page loaded. */
  abstract formResetCallback(): void;
  abstract formStateRestoreCallback(state: string | FormData | null): void;

  formDisabledCallback(disabled: boolean): void {
    this.disabled = disabled;
  }

  override firstUpdated(): void {
    if (!this.label) devWarn(`<${this.localName} name="${this.name}"> has no label.`);
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    this.internals.setFormValue(this.formValue);
    const anchor = this.anchor ?? undefined;
    if (this.error) {
      this.internals.setValidity({ customError: true }, this.error, anchor);
      this.internals.states.add('user-invalid');
    } else {
      this.internals.states.delete('user-invalid');
      if (this.required && this.isEmpty) {
        this.internals.setValidity({ valueMissing: true }, this.label, anchor);
      } else {
        this.internals.setValidity({});
      }
    }
  }

  /** `change` does not cross the shadow boundary by itself. */
  protected relayChange(): void {
    this.dispatchEvent(new Event('change', { bubbles: true }));
  }

  protected renderLabel(forId = 'control'): TemplateResult {
    return html`<label part="label" for=${forId}
      >${this.label}${
        this.required ? html`<span class="required" aria-hidden="true">*</span>` : nothing
      }</label
    >`;
  }

  protected renderMessages(): TemplateResult {
    return html`<div id="help" part="help-text" class="help">${this.helpText}</div>
      <div id="error" part="error" class="error" aria-live="polite">${this.error}</div>`;
  }

  protected get describedBy(): string {
    return 'help error';
  }
}
