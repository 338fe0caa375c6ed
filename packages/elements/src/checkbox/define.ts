import { defineElement } from '../internal/define-element.js';
import { PkCheckbox } from './checkbox.js';

defineElement('pk-checkbox', PkCheckbox);

declare global {
  interface HTMLElementTagNameMap {
    'pk-checkbox': PkCheckbox;
  }
}
