import {
  customFieldsSchema,
  DealInput,
  type CustomFieldDefinition,
  type DealForm,
} from '@partnerkit/contracts';
import { mergeDraft, prune, type Values } from '../internal/paths.js';
import { schemaIssues, unreadableAmount, type FieldIssue } from '../internal/validation.js';

type Translate = (key: string, options?: Record<string, unknown>) => string;

export const BASE_FIELDS = [
  'company.name',
  'company.domain',
  'company.country',
  'contact.name',
  'contact.email',
  'contact.phone',
  'products',
  'amount',
  'expectedCloseDate',
  'dealType',
  'coSell',
  'notes',
] as const;

export function fieldPaths(form: DealForm | undefined): string[] {
  return [
    ...BASE_FIELDS,
    ...(form?.customFields ?? []).map((field) => `customFields.${field.key}`),
  ];
}

/** A blank registration for this partner's form: the only country or currency preselected. */
export function emptyDeal(form: DealForm): Values {
  const customFields: Values = {};
  for (const field of form.customFields) {
    customFields[field.key] = field.type === 'boolean' ? false : '';
  }
  return {
    company: {
      name: '',
      domain: '',
      country: form.countries.length === 1 ? form.countries[0] : '',
    },
    contact: { name: '', email: '', phone: '' },
    products: form.products.length === 1 ? [form.products[0]!.id] : [],
    amount: { value: null, currency: form.defaultCurrency },
    expectedCloseDate: '',
    dealType: form.dealTypes[0] ?? 'new',
    coSell: false,
    notes: '',
    customFields,
  };
}

/** A saved draft over a blank form, so fields added to the form since still get defaults. */
export function restoreDeal(form: DealForm, draft: Values): Values {
  return mergeDraft(emptyDeal(form), draft);
}

/** The values as the API takes them: trimmed, blanks dropped, custom fields checked. */
export function toDealInput(values: Values): unknown {
  return prune(values);
}

export function validateDeal(
  values: Values,
  form: DealForm | undefined,
  t: Translate,
): FieldIssue[] {
  const input = toDealInput(values) as Values;
  const issues: FieldIssue[] = [];
  issues.push(...unreadableAmount(values, 'amount', t));
  issues.push(...schemaIssues(DealInput, input, t));
  if (form && form.customFields.length > 0) {
    const custom = (input['customFields'] as Values | undefined) ?? {};
    issues.push(...schemaIssues(customFieldsSchema(form.customFields), custom, t, 'customFields.'));
  }
  return issues;
}

export function customFieldLabel(field: CustomFieldDefinition, locale: string): string {
  return field.labels?.[locale] ?? field.label;
}
