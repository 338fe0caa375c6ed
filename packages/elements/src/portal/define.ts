import { defineElement } from '../internal/define-element.js';
import { PkPortal } from './portal.js';

defineElement('pk-portal', PkPortal);

declare global {
  interface HTMLElementTagNameMap {
    'pk-portal': PkPortal;
  }
}
