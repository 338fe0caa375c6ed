interface PgError {
  code?: unknown;
  constraint?: unknown;
  cause?: unknown;
}

/**
 * Whether a database error (possibly wrapped by drizzle) is PostgreSQL's unique violation,
 * optionally of one of the named indexes. node-postgres and PGlite both carry `code`.
 */
export function isUniqueViolation(error: unknown, indexes?: readonly string[]): boolean {
  for (let current = error; current; current = (current as PgError).cause) {
    if (typeof current !== 'object') return false;
    const { code, constraint } = current as PgError;
    if (code === '23505') {
      return (
        indexes === undefined || (typeof constraint === 'string' && indexes.includes(constraint))
      );
    }
  }
  return false;
}
