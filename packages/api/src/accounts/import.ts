import type { AccountImportInput, AccountImportResult, AccountInput } from '@partnerkit/contracts';
import { and, eq, inArray, or, sql } from 'drizzle-orm';
import type { Db, Tx } from '../db/database.js';
import { newId } from '../db/ids.js';
import { storedMatchKeys } from '../deals/match-keys.js';
import { normalizeCompanyName, normalizeDomain } from '../deals/normalize.js';
import { accounts, type AccountRow } from './accounts.table.js';

const BATCH = 500;

interface Normalised extends AccountInput {
  nameNorm: string;
  domainNorm: string | null;
}

/** Finds the stored account an imported one is: same external id, else same domain, else name. */
class AccountIndex {
  private readonly byExternalId = new Map<string, AccountRow>();
  private readonly byDomain = new Map<string, AccountRow>();
  private readonly byName = new Map<string, AccountRow>();

  constructor(rows: AccountRow[]) {
    rows.forEach((row) => this.add(row));
  }

  add(row: AccountRow): void {
    if (row.externalId) this.byExternalId.set(row.externalId, row);
    if (row.domainNorm) this.byDomain.set(row.domainNorm, row);
    this.byName.set(row.nameNorm, row);
  }

  find(account: Normalised): AccountRow | undefined {
    if (account.externalId) {
      const match = this.byExternalId.get(account.externalId);
      // An id the CRM has never sent is a new account, unless it only names one we hold without id.
      if (match) return match;
      const loose = this.findLoose(account);
      return loose && !loose.externalId ? loose : undefined;
    }
    return this.findLoose(account);
  }

  private findLoose(account: Normalised): AccountRow | undefined {
    return (
      (account.domainNorm ? this.byDomain.get(account.domainNorm) : undefined) ??
      this.byName.get(account.nameNorm)
    );
  }
}

async function loadCandidates(
  tx: Tx,
  tenantId: string,
  items: Normalised[],
): Promise<AccountRow[]> {
  const externalIds = items.flatMap((item) => (item.externalId ? [item.externalId] : []));
  const domains = items.flatMap((item) => (item.domainNorm ? [item.domainNorm] : []));
  const names = items.map((item) => item.nameNorm);
  return tx
    .select()
    .from(accounts)
    .where(
      and(
        eq(accounts.tenantId, tenantId),
        or(
          externalIds.length > 0 ? inArray(accounts.externalId, externalIds) : undefined,
          domains.length > 0 ? inArray(accounts.domainNorm, domains) : undefined,
          inArray(accounts.nameNorm, names),
        ),
      ),
    );
}

/**
 * `POST /v1/accounts/import`: upserts the vendor's customers in one transaction. A later row
 * of the same import that matches an earlier one updates it, so a CRM export can be sent as is.
 */
export async function importAccounts(
  db: Db,
  tenantId: string,
  input: AccountImportInput,
  now: Date,
): Promise<AccountImportResult> {
  const items: Normalised[] = input.accounts.map((account) => ({
    ...account,
    nameNorm: normalizeCompanyName(account.name),
    domainNorm: account.domain ? normalizeDomain(account.domain) : null,
  }));
  return db.transaction(async (tx) => {
    const index = new AccountIndex(await loadCandidates(tx, tenantId, items));
    const inserts = new Map<string, AccountRow>();
    const updates = new Map<string, AccountRow>();
    for (const item of items) {
      const existing = index.find(item);
      const row: AccountRow = {
        id: existing?.id ?? newId('acct'),
        tenantId,
        name: item.name,
        nameNorm: item.nameNorm,
        matchKeys: storedMatchKeys(item.nameNorm),
        domain: item.domain ?? existing?.domain ?? null,
        domainNorm: item.domainNorm ?? existing?.domainNorm ?? null,
        country: item.country,
        externalId: item.externalId ?? existing?.externalId ?? null,
        createdAt: existing?.createdAt ?? now,
        updatedAt: now,
      };
      (existing && !inserts.has(existing.id) ? updates : inserts).set(row.id, row);
      index.add(row);
    }
    // New and changed rows go out together as batched upserts on the primary key: one
    // statement per batch instead of one UPDATE per account.
    const rows = [...inserts.values(), ...updates.values()];
    for (let start = 0; start < rows.length; start += BATCH) {
      await tx
        .insert(accounts)
        .values(rows.slice(start, start + BATCH))
        .onConflictDoUpdate({
          target: accounts.id,
          set: {
            name: sql`excluded.name`,
            nameNorm: sql`excluded.name_norm`,
            matchKeys: sql`excluded.match_keys`,
            domain: sql`excluded.domain`,
            domainNorm: sql`excluded.domain_norm`,
            country: sql`excluded.country`,
            externalId: sql`excluded.external_id`,
            updatedAt: sql`excluded.updated_at`,
          },
          setWhere: sql`${accounts.tenantId} = ${tenantId}`,
        });
    }
    return { imported: inserts.size, updated: updates.size };
  });
}
