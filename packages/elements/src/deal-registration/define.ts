import '../checkbox/define.js';
import '../date-field/define.js';
import '../money-field/define.js';
import '../select/define.js';
import '../text-field/define.js';
import '../textarea/define.js';
import { defineElement } from '../internal/define-element.js';
import { PkDealRegistration } from './deal-registration.js';

defineElement('pk-deal-registration', PkDealRegistration);

declare global {
  interface HTMLElementTagNameMap {
    'pk-deal-registration': PkDealRegistration;
  }
}
