import {
  parse,
  protocol,
  type PGlite,
  type QueryOptions,
  type Results,
  type Transaction,
} from '@electric-sql/pglite';

type BackendMessage = Parameters<typeof parse.parseResults>[0][number];

/** What drizzle's PGlite driver calls on its client, and nothing more. */
export interface PgliteQueryClient {
  query<T>(text: string, params?: unknown[], options?: QueryOptions): Promise<Results<T>>;
  transaction<T>(run: (tx: PgliteQueryClient) => Promise<T>): Promise<T>;
}

interface Statement {
  name: string;
  /** The parameters' type oids, which pick each value's serializer. */
  paramTypes: number[];
  /** Described once at Parse; absent for a statement that returns no rows. */
  rowDescription: BackendMessage | undefined;
}

/**
 * Statements kept per database. Queries with parameters come from a fixed set of drizzle
 * builders, so a few dozen texts cover the API; the bound only stops texts that vary with their
 * input (a multi-row insert per batch size) from growing the backend's memory for ever.
 */
const STATEMENTS_KEPT = 200;

const { serialize } = protocol;

/** `feature_not_supported`, as "cached plan must not change result type" reports it. */
const CACHED_PLAN_CHANGED = '0A000';

/**
 * PGlite for drizzle, with every query that has parameters run as a named prepared statement of
 * its text. `PGlite.query` sends Parse, both Describes and Bind for each call, so the backend
 * parses, analyses and plans every query again, and drizzle's PGlite driver ignores statement
 * names. Planning is most of a duplicate check: at 100k deals a lookup took 1.6 ms as a query and
 * 0.6 ms as a prepared statement. Here a text is parsed and described once; each run sends Bind,
 * Execute and Sync in one call, and the backend plans it as PostgreSQL plans a prepared statement
 * (custom plans first, then a cached generic one).
 *
 * Locking and durability follow `PGlite.query`: outside a transaction a run waits for any open
 * transaction and then syncs to the filesystem; inside one it only takes the query lock.
 */
export class PreparedStatementsPglite implements PgliteQueryClient {
  private readonly statements = new Map<string, Statement>();
  private nextId = 0;

  constructor(
    private readonly pglite: PGlite,
    private readonly kept = STATEMENTS_KEPT,
  ) {}

  query<T>(text: string, params: unknown[] = [], options?: QueryOptions): Promise<Results<T>> {
    if (params.length === 0) return this.pglite.query<T>(text, params, options);
    return this.pglite._runExclusiveTransaction(async () => {
      const results = await this.pglite._runExclusiveQuery(() =>
        this.run<T>(text, params, options),
      );
      await this.pglite.syncToFs();
      return results;
    });
  }

  transaction<T>(run: (tx: PgliteQueryClient) => Promise<T>): Promise<T> {
    return this.pglite.transaction((tx) => run(this.within(tx)));
  }

  /** The transaction's client: its queries take only the query lock the transaction shares. */
  private within(tx: Transaction): PgliteQueryClient {
    return {
      query: <T>(text: string, params: unknown[] = [], options?: QueryOptions) => {
        if (params.length === 0 || tx.closed) return tx.query<T>(text, params, options);
        return this.pglite._runExclusiveQuery(() => this.run<T>(text, params, options));
      },
      transaction: () => Promise.reject(new Error('PGlite does not nest transactions')),
    };
  }

  private async run<T>(text: string, params: unknown[], options?: QueryOptions) {
    const statement = this.statements.get(text) ?? (await this.prepare(text));
    const values = params.map((value, index) => {
      if (value === null || value === undefined) return null;
      const type = statement.paramTypes[index]!;
      const serializer = options?.serializers?.[type] ?? this.pglite.serializers[type];
      return serializer ? serializer(value) : String(value);
    });
    let messages: BackendMessage[];
    try {
      messages = await this.exchange(
        concat([
          serialize.bind({ statement: statement.name, values }),
          serialize.execute({}),
          serialize.sync(),
        ]),
        { text, params },
      );
    } catch (error) {
      // A schema change altered what the statement returns; PostgreSQL refuses to run it as
      // prepared, so the next call of this text prepares it anew.
      if ((error as { code?: unknown }).code === CACHED_PLAN_CHANGED) this.statements.delete(text);
      throw error;
    }
    if (statement.rowDescription) messages.unshift(statement.rowDescription);
    return parse.parseResults(messages, this.pglite.parsers, options)[0] as Results<T>;
  }

  private async prepare(text: string): Promise<Statement> {
    if (this.statements.size >= this.kept) {
      const [oldest, { name }] = this.statements.entries().next().value!;
      this.statements.delete(oldest);
      await this.exchange(concat([serialize.close({ type: 'S', name }), serialize.sync()]), {
        text: oldest,
      });
    }
    const name = `pk_${this.nextId++}`;
    const messages = await this.exchange(
      concat([
        serialize.parse({ name, text }),
        serialize.describe({ type: 'S', name }),
        serialize.sync(),
      ]),
      { text },
    );
    const statement: Statement = {
      name,
      paramTypes: parse.parseDescribeStatementResults(messages),
      rowDescription: messages.find((message) => message.name === 'rowDescription'),
    };
    this.statements.set(text, statement);
    return statement;
  }

  /**
   * Sends messages ending in Sync and returns what came back. An error carries the query, as
   * `PGlite.query` reports it; the Sync at the end has already brought the backend back to ready.
   */
  private async exchange(
    message: Uint8Array,
    query: { text: string; params?: unknown[] },
  ): Promise<BackendMessage[]> {
    try {
      return await this.pglite.execProtocolStream(message, { syncToFs: false });
    } catch (error) {
      if (error instanceof Error) Object.assign(error, { query: query.text, params: query.params });
      throw error;
    }
  }
}

function concat(parts: Uint8Array[]): Uint8Array {
  const all = new Uint8Array(parts.reduce((length, part) => length + part.length, 0));
  let offset = 0;
  for (const part of parts) {
    all.set(part, offset);
    offset += part.length;
  }
  return all;
}
