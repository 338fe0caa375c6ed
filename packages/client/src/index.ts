export { createClient, type ClientOptions, type PartnerKitClient } from './client.js';
export {
  ApiError,
  AuthenticationError,
  ConflictError,
  NetworkError,
  NotFoundError,
  PartnerKitError,
  PermissionError,
  RateLimitError,
  ValidationError,
  isAbortError,
  type ErrorCode,
  type PartnerKitErrorInit,
} from './errors.js';
export type { CallOptions, RetryOptions } from './http.js';
export { newIdempotencyKey } from './idempotency.js';
export type { AccountsResource } from './resources/accounts.js';
export type {
  DealListParams,
  DealsResource,
  PageParams,
  SubmitOptions,
} from './resources/deals.js';
export type {
  DealNotificationHandlers,
  EventsResource,
  SubscribeOptions,
  Subscription,
} from './resources/events.js';
export type {
  MdfAllocationListParams,
  MdfRequestListParams,
  MdfResource,
} from './resources/mdf.js';
export type { MeResource } from './resources/me.js';
export type { PartnerSessionsResource } from './resources/partner-sessions.js';
export type { SessionTokenProvider } from './session.js';
export type {
  AccountImportInput,
  AccountImportResult,
  Deal,
  DealCheckInput,
  DealEvent,
  DealForm,
  DealInput,
  DealNotification,
  DealStatus,
  DealVerdict,
  ExtensionRequest,
  ExtensionRequestInput,
  FieldError,
  InfoResponseInput,
  Me,
  Page,
  PartnerSession,
  PartnerSessionInput,
  Problem,
  ProblemCode,
  TransitionInput,
} from '@partnerkit/contracts';
