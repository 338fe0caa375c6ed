import { defineElement } from '../internal/define-element.js';
import { PkDateField } from './date-field.js';

defineElement('pk-date-field', PkDateField);

declare global {
  interface HTMLElementTagNameMap {
    'pk-date-field': PkDateField;
  }
}
