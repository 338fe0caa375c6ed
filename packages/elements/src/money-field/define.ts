import { defineElement } from '../internal/define-element.js';
import { PkMoneyField } from './money-field.js';

defineElement('pk-money-field', PkMoneyField);

declare global {
  interface HTMLElementTagNameMap {
    'pk-money-field': PkMoneyField;
  }
}
