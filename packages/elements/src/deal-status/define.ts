// The portal first: a consumer defined before its provider never receives the context.
import '../portal/define.js';
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
