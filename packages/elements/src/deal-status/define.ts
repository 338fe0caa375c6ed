import '../select/define.js';
import '../textarea/define.js';
import { defineElement } from '../internal/define-element.js';
import { PkDealStatus } from './deal-status.js';

defineElement('pk-deal-status', PkDealStatus);

declare global {
  interface HTMLElementTagNameMap {
    'pk-deal-status': PkDealStatus;
  }
}
