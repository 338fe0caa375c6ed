import * as z from 'zod/mini';
import type { CustomFieldDefinition } from './deal-form.js';

function valueSchema(field: CustomFieldDefinition): z.ZodMiniType {
  switch (field.type) {
    case 'text':
      return z.string().check(z.trim(), z.minLength(1), z.maxLength(1000));
    case 'number':
      return z.number().check(z.refine(Number.isFinite));
    case 'boolean':
      return z.boolean();
    case 'select':
      return z.enum((field.options ?? []).map((option) => option.value) as [string, ...string[]]);
  }
}

/**
 * The schema of a tenant's custom field values, built from its definitions, so that the
 * browser form and the API reject the same values with the same paths.
 */
export function customFieldsSchema(definitions: readonly CustomFieldDefinition[]) {
  const shape: Record<string, z.ZodMiniType> = {};
  for (const field of definitions) {
    const schema = valueSchema(field);
    shape[field.key] = field.required ? schema : z.optional(schema);
  }
  return z.strictObject(shape);
}
