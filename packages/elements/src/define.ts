// The portal first: a consumer defined before its provider never receives the context.
import './portal/define.js';
import './deal-registration/define.js';
import './deal-status/define.js';
