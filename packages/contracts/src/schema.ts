import * as z from 'zod/mini';

/**
 * Registers a schema under a stable name so the OpenAPI document shows it as one component
 * instead of inlining it everywhere it is used.
 */
export function named<T extends z.ZodMiniType>(schema: T, id: string, description?: string): T {
  z.globalRegistry.add(schema, description ? { id, description } : { id });
  return schema;
}
