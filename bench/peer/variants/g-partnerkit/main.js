// @partnerkit/elements from source (what its package exports), reached through the `elements`
// symlink to packages/elements; build.mjs defines __PK_DEV__=false, as the elements' build does.
// The probe's markers (10 [data-f] fields, one [data-submit]) are set here, by a subclass
// registered under the product's tag, so the product code carries no benchmark attributes.
import './elements/src/portal/define.ts';
import './elements/src/text-field/define.ts';
import './elements/src/select/define.ts';
import './elements/src/checkbox/define.ts';
import './elements/src/money-field/define.ts';
import './elements/src/date-field/define.ts';
import './elements/src/textarea/define.ts';
import { PkDealRegistration } from './elements/src/deal-registration/deal-registration.ts';

const FIELDS = 10;

class BenchDealRegistration extends PkDealRegistration {
  updated(changed) {
    super.updated(changed);
    const root = this.shadowRoot;
    const controls = [...root.querySelectorAll('[data-path]')].filter((el) =>
      el.localName.startsWith('pk-'),
    );
    controls.slice(0, FIELDS).forEach((el) => el.setAttribute('data-f', ''));
    root.querySelector('button[type="submit"]')?.setAttribute('data-submit', '');
  }
}
customElements.define('pk-deal-registration', BenchDealRegistration);
