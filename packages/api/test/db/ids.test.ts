import { describe, expect, it } from 'vitest';
import { newId } from '../../src/db/ids.js';

describe('ids', () => {
  it('are the prefix and 16 url-safe characters, none repeated across refills of the pool', () => {
    const ids = Array.from({ length: 2000 }, () => newId('deal'));
    for (const id of ids) expect(id).toMatch(/^deal_[A-Za-z0-9_-]{16}$/);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
