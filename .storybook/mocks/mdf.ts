import {
  MdfBalances,
  MdfForm,
  MdfRequest,
  PROBLEM_TYPE_BASE,
  Problem,
  type MdfRequestInput,
} from '@partnerkit/contracts';
import { me } from './me.js';
import { dateFromNow, daysFromNow, valid } from './valid.js';

/** The current quarter-like period: from 30 days ago to 60 days ahead. */
const current = { start: dateFromNow(-30), end: dateFromNow(60) };
/** The next one, so that a start date decides which fund a request draws on. */
const next = { start: dateFromNow(61), end: dateFromNow(151) };

export const mdfForm = valid(MdfForm, {
  locale: 'en',
  activityTypes: [
    {
      key: 'event',
      label: 'Event or trade show',
      coopRateBps: 5000,
      proof: { files: true, results: ['attendees', 'leads'] },
    },
    {
      key: 'digital',
      label: 'Digital campaign',
      coopRateBps: 7500,
      proof: { files: true, results: ['impressions'] },
    },
  ],
  currencies: ['EUR', 'USD'],
  openPeriods: [
    { ...current, currencies: ['EUR', 'USD'] },
    { ...next, currencies: ['EUR'] },
  ],
});

export const mdfFormWithoutFunds = valid(MdfForm, {
  ...mdfForm,
  currencies: [],
  openPeriods: [],
});

export const mdfBalances = valid(MdfBalances, {
  balances: [
    {
      currency: 'EUR',
      period: next,
      allocated: 1_000_000,
      pending: 0,
      committed: 0,
      claimed: 0,
      paid: 0,
      available: 1_000_000,
    },
    {
      currency: 'EUR',
      period: current,
      allocated: 2_000_000,
      pending: 300_000,
      committed: 500_000,
      claimed: 200_000,
      paid: 200_000,
      available: 800_000,
    },
    {
      currency: 'USD',
      period: current,
      allocated: 500_000,
      pending: 0,
      committed: 0,
      claimed: 0,
      paid: 0,
      available: 500_000,
    },
  ],
});

export const noBalances = valid(MdfBalances, { balances: [] });

/** A complete request as the partner would have typed it: more than the €8,000 left. */
export const filledMdfRequest = {
  activityType: 'event',
  title: 'Spring trade fair booth',
  startDate: dateFromNow(10),
  endDate: dateFromNow(12),
  amount: { value: 500_000, currency: 'EUR' },
  expectedOutcomes: { leads: 40, attendees: 300 },
  description: 'Booth 4B in hall 2, with a live demo of the analytics suite.',
} satisfies MdfRequestInput;

/** What the API answers to a request: submitted, drawing on the current period. */
export function mdfRequestFromInput(input: MdfRequestInput): MdfRequest {
  const activity = mdfForm.activityTypes.find((type) => type.key === input.activityType);
  return valid(MdfRequest, {
    id: 'mdfr_storybook',
    partnerId: me.partner.id,
    status: 'submitted',
    activityType: input.activityType,
    coopRateBps: activity?.coopRateBps ?? 5000,
    proof: activity?.proof ?? { files: true, results: [] },
    title: input.title,
    description: input.description ?? null,
    startDate: input.startDate,
    endDate: input.endDate,
    period: current,
    amount: input.amount,
    approvedAmount: null,
    reimbursableAmount: null,
    paidAmount: null,
    paymentReference: null,
    expectedOutcomes: input.expectedOutcomes,
    campaignId: input.campaignId ?? null,
    createdAt: daysFromNow(0),
    updatedAt: daysFromNow(0),
  });
}

export const insufficientFundsProblem = valid(Problem, {
  type: `${PROBLEM_TYPE_BASE}mdf_insufficient_funds`,
  title: 'Not enough funds',
  status: 422,
  code: 'mdf_insufficient_funds',
  requestId: 'req_storybook_422',
  errors: [
    {
      path: 'amount.value',
      code: 'insufficient_funds',
      message: `Only EUR 8,000.00 available for ${current.start} to ${current.end}`,
    },
  ],
});
