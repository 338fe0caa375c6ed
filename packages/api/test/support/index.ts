export { describeBackends, type BackendContext } from './backends.js';
export { DAY, MINUTE, SECOND, TestClock } from './clock.js';
export {
  seedTestTenant,
  sessionFor,
  TEST_ORIGIN,
  type TestPartner,
  type TestTenant,
} from './fixtures.js';
export { call, type CallOptions, type CallResult } from './http.js';
