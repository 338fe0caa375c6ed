import * as z from 'zod/mini';

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;

/** Query string of every list endpoint: an opaque cursor from the previous page and a size. */
export const PageQuery = z.object({
  cursor: z.optional(z.string().check(z.minLength(1), z.maxLength(512))),
  limit: z._default(
    z.coerce.number().check(z.int(), z.minimum(1), z.maximum(MAX_PAGE_SIZE)),
    DEFAULT_PAGE_SIZE,
  ),
});
export type PageQuery = z.infer<typeof PageQuery>;

export function Page<T extends z.ZodMiniType>(item: T) {
  return z.object({
    items: z.array(item),
    /** `null` on the last page. */
    nextCursor: z.nullable(z.string()),
  });
}
export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}
