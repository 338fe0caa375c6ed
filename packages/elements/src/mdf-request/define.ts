import '../date-field/define.js';
import '../money-field/define.js';
import '../select/define.js';
import '../text-field/define.js';
import '../textarea/define.js';
import { defineElement } from '../internal/define-element.js';
import { PkMdfRequest } from './mdf-request.js';

defineElement('pk-mdf-request', PkMdfRequest);

declare global {
  interface HTMLElementTagNameMap {
    'pk-mdf-request': PkMdfRequest;
  }
}
