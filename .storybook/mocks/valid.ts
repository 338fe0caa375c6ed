/** The slice of a zod/mini schema that fixtures need, without importing zod at the repo root. */
interface Schema {
  parse(data: unknown): unknown;
  _zod: { input: unknown; output: unknown };
}

/**
 * Parses a fixture with its contract when Storybook loads, so a mock can never drift from what
 * the API answers: a contract change breaks the build instead of silently faking old shapes.
 */
export function valid<S extends Schema>(schema: S, value: S['_zod']['input']): S['_zod']['output'] {
  return schema.parse(value);
}

const DAY_MS = 86_400_000;

/** An ISO timestamp `days` from now, so countdowns look the same whenever Storybook runs. */
export function daysFromNow(days: number): string {
  return new Date(Date.now() + days * DAY_MS).toISOString();
}

/** An ISO calendar date `days` from now. */
export function dateFromNow(days: number): string {
  return daysFromNow(days).slice(0, 10);
}
