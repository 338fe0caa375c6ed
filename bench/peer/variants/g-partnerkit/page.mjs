// PartnerKit variant: <pk-deal-registration> inside <pk-portal>, its form config (GET /v1/me,
// GET /v1/deal-form) answered by lib/serve.mjs from fixtures/v1/*.json on the same origin.
export const meta = {
  label: '(g) PartnerKit <pk-portal> + <pk-deal-registration>',
  tags: [
    'pk-portal',
    'pk-deal-registration',
    'pk-text-field',
    'pk-select',
    'pk-checkbox',
    'pk-money-field',
    'pk-date-field',
    'pk-textarea',
  ],
};
export const body = () =>
  '<h1>Register a deal</h1>' +
  '<pk-portal api-base="/" session-token="bench-session">' +
  '<pk-deal-registration data-bench-root></pk-deal-registration></pk-portal>';
