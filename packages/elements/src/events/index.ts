export { PkDealCheckEvent } from './deal-check.js';
export { PkDealSubmittedEvent } from './deal-submitted.js';
export { PkErrorEvent } from './error.js';
export { PkMdfRequestedEvent } from './mdf-requested.js';
