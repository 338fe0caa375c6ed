import { defineElement } from '../internal/define-element.js';
import { PkSelect } from './select.js';

defineElement('pk-select', PkSelect);

declare global {
  interface HTMLElementTagNameMap {
    'pk-select': PkSelect;
  }
}
