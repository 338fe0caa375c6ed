export { PkCheckbox } from './checkbox/checkbox.js';
export { PkDateField } from './date-field/date-field.js';
export { PkDealRegistration } from './deal-registration/deal-registration.js';
export { PkDealStatus } from './deal-status/deal-status.js';
export {
  PkDealCheckEvent,
  PkDealSubmittedEvent,
  PkErrorEvent,
  PkMdfRequestedEvent,
} from './events/index.js';
export { PkFormControl } from './form/form-control.js';
export {
  clientContext,
  configContext,
  i18nContext,
  sessionContext,
  themeContext,
  type PortalConfig,
  type PortalSession,
  type PortalTheme,
  type ThemeName,
} from './internal/context.js';
export { defineElement, VERSION } from './internal/define-element.js';
export { PkElement } from './internal/pk-element.js';
export { PkMdfRequest } from './mdf-request/mdf-request.js';
export { PkMoneyField } from './money-field/money-field.js';
export { PkPortal } from './portal/portal.js';
export { PkSelect, type SelectOption } from './select/select.js';
export { PkTextField } from './text-field/text-field.js';
export { PkTextarea } from './textarea/textarea.js';
