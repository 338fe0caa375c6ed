// Any order works: a widget defined before the portal connects when the portal does.
import './portal/define.js';
import './deal-registration/define.js';
import './deal-status/define.js';
import './mdf-request/define.js';
