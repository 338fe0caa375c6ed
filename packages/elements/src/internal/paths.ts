export type Values = Record<string, unknown>;

/** Reads `a.b.0` from nested objects and arrays. */
export function getPath(values: unknown, path: string): unknown {
  let current: unknown = values;
  for (const key of path.split('.')) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string, unknown>)[key];
  }
  return current;
}

/** Returns a copy of `values` with `path` set, creating objects on the way. */
export function setPath(values: Values, path: string, value: unknown): Values {
  const [head, ...rest] = path.split('.') as [string, ...string[]];
  if (rest.length === 0) return { ...values, [head]: value };
  const child = values[head];
  const next = child !== null && typeof child === 'object' ? (child as Values) : {};
  return { ...values, [head]: setPath(next, rest.join('.'), value) };
}

/**
 * Drops empty strings and unset values, so that an optional field left blank is absent
 * (as the contracts expect) and a required one reports "required".
 */
export function prune(value: unknown): unknown {
  if (Array.isArray(value)) return value;
  if (value === null || typeof value !== 'object') return value;
  const out: Values = {};
  for (const [key, child] of Object.entries(value)) {
    const pruned = prune(child);
    if (pruned === '' || pruned === undefined || pruned === null) continue;
    if (typeof pruned === 'number' && Number.isNaN(pruned)) continue;
    out[key] = pruned;
  }
  return out;
}

/**
 * A saved draft over blank values, so fields added to a form since still get their defaults:
 * nested objects merge one level deep, everything else the draft has wins.
 */
export function mergeDraft(base: Values, draft: Values): Values {
  const merged: Values = { ...base };
  for (const [key, value] of Object.entries(draft)) {
    const blank = base[key];
    merged[key] =
      blank &&
      typeof blank === 'object' &&
      !Array.isArray(blank) &&
      value &&
      typeof value === 'object'
        ? { ...(blank as Values), ...(value as Values) }
        : value;
  }
  return merged;
}
