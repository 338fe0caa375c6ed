import type { FieldError } from '@partnerkit/contracts';

/** A field problem in the widget's words, keyed by the dotted path the API also uses. */
export interface FieldIssue {
  path: string;
  message: string;
}

interface SchemaIssue {
  code: string;
  path: PropertyKey[];
  message: string;
  input?: unknown;
  origin?: string;
  expected?: string;
  format?: string;
  minimum?: unknown;
  maximum?: unknown;
}

export interface ParseableSchema {
  safeParse(value: unknown): { success: boolean; error?: { issues: readonly unknown[] } };
}

type Translate = (key: string, options?: Record<string, unknown>) => string;

/** A zod issue (from the shared contracts) as a translated message for its field. */
export function issueMessage(issue: SchemaIssue, t: Translate): string {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined || issue.input === '') return t('common:errors.required');
      return issue.expected === 'number' || issue.expected === 'int'
        ? t('common:errors.number')
        : t('common:errors.format');
    case 'too_small':
      return issue.origin === 'number' ? t('common:errors.number') : t('common:errors.required');
    case 'too_big':
      return t('common:errors.tooLong', { max: issue.maximum });
    case 'invalid_format':
      if (issue.format === 'email') return t('common:errors.email');
      if (issue.format === 'date') return t('common:errors.date');
      return t('common:errors.format');
    case 'invalid_value':
      return t('common:errors.choice');
    default:
      return t('common:errors.format');
  }
}

/** Runs a contract schema and returns one translated issue per path (the first wins). */
export function schemaIssues(
  schema: ParseableSchema,
  value: unknown,
  t: Translate,
  prefix = '',
): FieldIssue[] {
  const result = schema.safeParse(value);
  if (result.success || !result.error) return [];
  return (result.error.issues as SchemaIssue[]).map((issue) => ({
    path: prefix + issue.path.map(String).join('.'),
    message: issueMessage(issue, t),
  }));
}

/**
 * Server field errors carry zod-style codes too; translate the ones we know. A widget adds the
 * codes of its own domain (`insufficient_funds`) as message keys of its namespace in `own`.
 */
export function serverIssues(
  errors: readonly FieldError[],
  t: Translate,
  own: Record<string, string> = {},
): FieldIssue[] {
  const known: Record<string, string> = {
    invalid_format: 'common:errors.format',
    invalid_value: 'common:errors.choice',
    too_big: 'common:errors.format',
    too_small: 'common:errors.required',
    required: 'common:errors.required',
  };
  return errors.map((error) => {
    const key = own[error.code] ?? known[error.code];
    return { path: error.path, message: key ? t(key) : error.message };
  });
}

/** A money field whose text is not an amount (`NaN`), which the schema would call missing. */
export function unreadableAmount(values: object, path: string, t: Translate): FieldIssue[] {
  const amount = (values as Record<string, { value?: unknown } | undefined>)[path]?.value;
  return typeof amount === 'number' && Number.isNaN(amount)
    ? [{ path, message: t('common:errors.number') }]
    : [];
}
