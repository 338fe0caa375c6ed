import { defineElement } from '../internal/define-element.js';
import { PkTextarea } from './textarea.js';

defineElement('pk-textarea', PkTextarea);

declare global {
  interface HTMLElementTagNameMap {
    'pk-textarea': PkTextarea;
  }
}
