/**
 * The rows of a raw `db.execute(sql…)`. Both drivers answer `{ rows }`, but the type drizzle
 * gives the two together does not say so.
 */
export function rowsOf<T>(result: unknown): T[] {
  return (result as { rows: T[] }).rows;
}
