import { ACTIVE_SQL, TENANT } from './schema.mjs';

// A strategy: per-connection settings, one SQL text, its parameters from a probe. Each returns
// the ids of active rows in the tenant that the duplicate check would flag. Names carry their
// parameters, e.g. `naive@0.5`, `key@0.4`, `knn@10/0.7`.
const ACTIVE = `tenant_id = $1 AND status IN (${ACTIVE_SQL})`;
const normParams = (p) => [TENANT, p.nameNorm, p.domainNorm];
const keyParams = (p) => [TENANT, p.nameKey, p.domainNorm];

const FAMILIES = {
  naive: ([t]) => ({
    about: `name_norm % $2 OR domain_norm = $3, GIN over all rows, similarity_threshold ${t}`,
    settings: [`SET pg_trgm.similarity_threshold = ${t}`],
    sql: `SELECT id FROM deals WHERE ${ACTIVE} AND (name_norm % $2 OR domain_norm = $3)`,
    params: normParams,
  }),
  key: ([t]) => ({
    about: `name_key (generic words dropped) % $2 OR domain, partial GIN over active rows, threshold ${t}`,
    settings: [`SET pg_trgm.similarity_threshold = ${t}`],
    sql: `SELECT id FROM deals WHERE ${ACTIVE} AND (name_key % $2 OR domain_norm = $3)`,
    params: keyParams,
  }),
  word: ([t]) => ({
    about: `$2 <% name_norm (word_similarity >= ${t}) OR domain, GIN over all rows`,
    settings: [`SET pg_trgm.word_similarity_threshold = ${t}`],
    sql: `SELECT id FROM deals WHERE ${ACTIVE} AND (name_norm %> $2 OR domain_norm = $3)`,
    params: normParams,
  }),
  block: ([t, w]) => ({
    about: `block_keys && probe keys (partial GIN), then similarity >= ${t} OR word_similarity >= ${w}; OR exact domain`,
    settings: [],
    sql: `SELECT id FROM deals WHERE ${ACTIVE} AND ((block_keys && $4::text[]
            AND (similarity(name_norm, $2) >= ${Number(t)} OR word_similarity($2, name_norm) >= ${Number(w)}))
            OR domain_norm = $3)`,
    params: (p) => [TENANT, p.nameNorm, p.domainNorm, p.probeKeys],
  }),
  knn: ([k, d]) => ({
    about: `GiST KNN name_key <-> $2 LIMIT ${k}, keep distance <= ${d}, UNION exact domain`,
    settings: [],
    sql: `SELECT id FROM (SELECT id, name_key <-> $2 AS distance FROM deals WHERE ${ACTIVE}
            ORDER BY name_key <-> $2 LIMIT ${Number(k)}) nearest WHERE distance <= ${Number(d)}
          UNION SELECT id FROM deals WHERE ${ACTIVE} AND domain_norm = $3`,
    params: keyParams,
  }),
};

export function strategy(name) {
  const [family, rest = ''] = name.split('@');
  const make = FAMILIES[family];
  if (!make) throw new Error(`unknown strategy family ${family}`);
  return { name, ...make(rest.split('/')) };
}
