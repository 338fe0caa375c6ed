import { defineElement } from '../internal/define-element.js';
import { PkTextField } from './text-field.js';

defineElement('pk-text-field', PkTextField);

declare global {
  interface HTMLElementTagNameMap {
    'pk-text-field': PkTextField;
  }
}
