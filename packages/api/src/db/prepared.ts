import type { Db } from './database.js';

/**
 * One prepared statement per database, built on first use: drizzle's `.prepare()` binds a
 * statement to the database it was built on, and PostgreSQL then keeps its plan per connection.
 */
export function preparedPerDatabase<T>(prepare: (db: Db) => T): (db: Db) => T {
  const statements = new WeakMap<Db, T>();
  return (db) => {
    let statement = statements.get(db);
    if (!statement) {
      statement = prepare(db);
      statements.set(db, statement);
    }
    return statement;
  };
}
