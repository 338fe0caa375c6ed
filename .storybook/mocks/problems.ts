import { PROBLEM_TYPE_BASE, Problem } from '@partnerkit/contracts';
import { valid } from './valid.js';

export const fieldErrorsProblem = valid(Problem, {
  type: `${PROBLEM_TYPE_BASE}validation_failed`,
  title: 'The request is not valid',
  status: 400,
  code: 'validation_failed',
  requestId: 'req_storybook_400',
  errors: [
    {
      path: 'company.domain',
      code: 'invalid_format',
      message: 'Enter a domain such as example.com',
    },
    { path: 'contact.email', code: 'invalid_format', message: 'Enter a valid email address' },
    { path: 'customFields.industry', code: 'invalid_value', message: 'Choose an industry' },
  ],
});

export const serverErrorProblem = valid(Problem, {
  type: `${PROBLEM_TYPE_BASE}internal_error`,
  title: 'Something went wrong on our side',
  status: 500,
  code: 'internal_error',
  requestId: 'req_storybook_500',
});

export const extensionLimitProblem = valid(Problem, {
  type: `${PROBLEM_TYPE_BASE}extension_limit_reached`,
  title: 'No extension left for this deal',
  status: 409,
  code: 'extension_limit_reached',
  requestId: 'req_storybook_409',
});

export const notFoundProblem = valid(Problem, {
  type: `${PROBLEM_TYPE_BASE}not_found`,
  title: 'Not found',
  status: 404,
  code: 'not_found',
  requestId: 'req_storybook_404',
});
