import { createRandom } from './random.mjs';
import { uniqueCompanies } from './companies.mjs';
import { nameKey } from './normalize.mjs';
import { storedBlockKeys } from './block-keys.mjs';
import {
  ACTIVE_STATUSES,
  CREATE_TABLE,
  INACTIVE_STATUSES,
  OTHER_TENANT,
  TENANT,
} from './schema.mjs';

const COLUMNS = [
  'id',
  'tenant_id',
  'partner_id',
  'status',
  'company_name',
  'name_norm',
  'name_key',
  'domain_norm',
  'block_keys',
  'country',
];
const INSERT = `INSERT INTO deals (${COLUMNS.join(', ')})
  SELECT id, t, pa, st, cn, nn, nk, dn, string_to_array(bk, ' '), c FROM unnest($1::bigint[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[], $9::text[], $10::text[]) AS r(id, t, pa, st, cn, nn, nk, dn, bk, c)`;

const PARTNERS = 40;

// Row i's tenant and status: `active` rows in the main tenant, plus 10% inactive rows there and
// 5% rows of another tenant, so partial indexes and tenant filters have something to skip.
function placement(random) {
  const roll = random.next();
  if (roll < 0.05)
    return { tenant: OTHER_TENANT, status: random.pick(ACTIVE_STATUSES), active: false };
  if (roll < 0.14) return { tenant: TENANT, status: random.pick(INACTIVE_STATUSES), active: false };
  return { tenant: TENANT, status: random.pick(ACTIVE_STATUSES), active: true };
}

/**
 * Loads `activeRows` active deals into the main tenant (plus the extra rows above) with multi-row
 * unnest inserts, which work the same on node-postgres and PGlite.
 * Returns a sample of active rows (probe sources), the used names/domains and the generator,
 * which keeps yielding companies that are new to the table (the should-not-match probes).
 */
export async function loadDeals(
  db,
  { activeRows, seed = 42, batchSize = 10000, sampleSize = 2000, onProgress },
) {
  await db.exec(CREATE_TABLE);
  const random = createRandom(seed);
  const seen = { names: new Set(), domains: new Set() };
  const companies = uniqueCompanies(random, seen);
  // Separate stream so the sample size never changes the generated rows.
  const sampler = createRandom(seed + 1);
  const sampleRate = Math.min(1, sampleSize / activeRows);
  const sources = [];
  let id = 0;
  let active = 0;
  while (active < activeRows) {
    const columns = COLUMNS.map(() => []);
    while (columns[0].length < batchSize && active < activeRows) {
      const company = companies.next().value;
      const where = placement(random);
      id += 1;
      if (where.active) {
        active += 1;
        if (sampler.chance(sampleRate)) sources.push({ ...company, id, partnerId: null });
      }
      const row = [
        id,
        where.tenant,
        `partner_${1 + random.int(PARTNERS)}`,
        where.status,
        company.name,
        company.nameNorm,
        nameKey(company.nameNorm),
        company.domain,
        storedBlockKeys(company.nameNorm).join(' '),
        company.country.code,
      ];
      row.forEach((value, i) => columns[i].push(value));
      if (sources.at(-1)?.id === id) sources.at(-1).partnerId = row[2];
    }
    await db.query(INSERT, columns);
    onProgress?.(active);
  }
  return { seen, sources, totalRows: id, companies };
}
