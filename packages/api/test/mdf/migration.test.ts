import { sql } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { migrate } from '../../src/db/migrate.js';
import { rowsOf } from '../../src/db/rows.js';
import { describeEmptyDatabases, migrateBefore } from '../support/older-schema.js';

describeEmptyDatabases('migration 0010 (MDF, outbox subjects)', (openEmpty) => {
  it('keeps the outbox rows written before it valid, and then takes either subject', async () => {
    const database = await openEmpty();
    await migrateBefore(database, 10);
    const { db } = database;
    await db.execute(sql`
      insert into outbox_events (id, tenant_id, partner_id, deal_id, type, payload, created_at)
      values ('evt_old', 'ten_1', 'par_1', 'deal_1', 'deal.submitted', '{"deal":{},"event":null}', now())`);

    await migrate(database);

    const [old] = rowsOf<{ deal_id: string | null; mdf_request_id: string | null }>(
      await db.execute(sql`select deal_id, mdf_request_id from outbox_events where id = 'evt_old'`),
    );
    expect(old).toEqual({ deal_id: 'deal_1', mdf_request_id: null });
    await db.execute(sql`
      insert into outbox_events (id, tenant_id, partner_id, mdf_request_id, type, payload, created_at)
      values ('evt_mdf', 'ten_1', 'par_1', 'mdfr_1', 'mdf_request.submitted', '{}', now())`);
    for (const [deal, request] of [
      [null, null],
      ['deal_2', 'mdfr_2'],
    ]) {
      const failure = await db
        .execute(
          sql`
          insert into outbox_events (id, tenant_id, partner_id, deal_id, mdf_request_id, type, payload, created_at)
          values (${`evt_${String(deal)}`}, 'ten_1', 'par_1', ${deal}, ${request}, 'deal.submitted', '{}', now())`,
        )
        .then(
          () => null,
          (error: Error) => error,
        );
      expect(String((failure?.cause as Error | undefined)?.message ?? failure)).toMatch(
        /outbox_events_one_subject_check/,
      );
    }
  }, 60_000);
});
