import {
  MdfRequestInput,
  type MdfBalance,
  type MdfForm,
  type MdfPeriod,
} from '@partnerkit/contracts';
import { mergeDraft, prune, type Values } from '../internal/paths.js';
import { schemaIssues, unreadableAmount, type FieldIssue } from '../internal/validation.js';

type Translate = (key: string, options?: Record<string, unknown>) => string;

export const OUTCOMES = ['leads', 'attendees', 'impressions'] as const;

export const FIELDS = [
  'activityType',
  'title',
  'amount',
  'startDate',
  'endDate',
  ...OUTCOMES.map((kind) => `expectedOutcomes.${kind}`),
  'campaignId',
  'description',
] as const;

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A blank request: the only activity type preselected, the first currency with funds. */
export function emptyRequest(form: MdfForm): Values {
  return {
    activityType: form.activityTypes.length === 1 ? form.activityTypes[0]!.key : '',
    title: '',
    description: '',
    startDate: '',
    endDate: '',
    amount: { value: null, currency: form.currencies[0] ?? '' },
    expectedOutcomes: { leads: '', attendees: '', impressions: '' },
    campaignId: '',
  };
}

export function restoreRequest(form: MdfForm, draft: Values): Values {
  return mergeDraft(emptyRequest(form), draft);
}

/** The values as the API takes them: blanks dropped, `expectedOutcomes` always an object. */
export function toRequestInput(values: Values): Values {
  const input = prune(values) as Values;
  return { ...input, expectedOutcomes: input['expectedOutcomes'] ?? {} };
}

/**
 * The balance a request draws on, chosen as the API chooses its fund
 * (packages/api/src/mdf/requests.ts `fundFor`): the partner's one in the amount's currency
 * whose period contains the start date, both days included.
 */
export function balanceFor(
  balances: readonly MdfBalance[],
  currency: string | undefined,
  startDate: unknown,
): MdfBalance | undefined {
  if (!currency || typeof startDate !== 'string' || !ISO_DATE.test(startDate)) return undefined;
  return balances.find(
    (balance) =>
      balance.currency === currency &&
      balance.period.start <= startDate &&
      balance.period.end >= startDate,
  );
}

export interface Availability {
  /** The balance the request would draw on; absent without a usable start date or fund. */
  balance?: MdfBalance | undefined;
  /** Minor units asked for, when the amount is readable and positive. */
  asked?: number | undefined;
  currency: string;
  startDate: string;
}

export function availability(values: Values, balances: readonly MdfBalance[]): Availability {
  const amount = (values['amount'] ?? {}) as { value?: unknown; currency?: string };
  const startDate = typeof values['startDate'] === 'string' ? values['startDate'] : '';
  const value = amount.value;
  return {
    balance: balanceFor(balances, amount.currency, startDate),
    asked: typeof value === 'number' && Number.isFinite(value) && value > 0 ? value : undefined,
    currency: amount.currency ?? '',
    startDate,
  };
}

/**
 * The contract's rules (`MdfRequestInput`, the one source of truth) plus what the API would
 * refuse with `mdf_no_allocation` or `mdf_insufficient_funds`, checked against the balance.
 */
export function validateRequest(
  values: Values,
  balances: readonly MdfBalance[],
  t: Translate,
  money: (minor: number, currency: string) => string,
  period: (period: MdfPeriod) => string,
): FieldIssue[] {
  const input = toRequestInput(values);
  const issues: FieldIssue[] = [...unreadableAmount(values, 'amount', t)];
  const start = input['startDate'];
  const end = input['endDate'];
  // The contract's refinement, which zod only runs once every other field is valid: say it
  // as soon as both dates are there.
  if (
    typeof start === 'string' &&
    typeof end === 'string' &&
    ISO_DATE.test(start) &&
    ISO_DATE.test(end) &&
    end < start
  ) {
    issues.push({ path: 'endDate', message: t('errors.endBeforeStart') });
  }
  issues.push(...schemaIssues(MdfRequestInput, input, t));
  const { balance, asked, currency, startDate } = availability(values, balances);
  if (asked !== undefined && currency && ISO_DATE.test(startDate)) {
    if (!balance) {
      issues.push({ path: 'amount', message: t('errors.noFund', { currency }) });
    } else if (asked > balance.available) {
      issues.push({
        path: 'amount',
        message: t('errors.insufficient', {
          available: money(balance.available, currency),
          period: period(balance.period),
        }),
      });
    }
  }
  return issues;
}
