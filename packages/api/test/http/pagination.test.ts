import { describe, expect, it } from 'vitest';
import { decodeCursor, encodeCursor, toPage } from '../../src/http/pagination.js';
import { ProblemError } from '../../src/http/problem.js';

describe('cursor pagination', () => {
  const row = (id: string, at: string) => ({ id, createdAt: new Date(at) });

  it('round-trips a cursor as opaque base64url', () => {
    const cursor = { createdAt: new Date('2026-01-02T03:04:05.678Z'), id: 'dl_1' };
    const encoded = encodeCursor(cursor);
    expect(encoded).toMatch(/^[\w-]+$/);
    expect(decodeCursor(encoded)).toEqual(cursor);
  });

  it.each([
    ['not base64 json', 'zzz'],
    [
      'missing id',
      Buffer.from(JSON.stringify({ t: '2026-01-01T00:00:00Z' })).toString('base64url'),
    ],
    ['bad date', Buffer.from(JSON.stringify({ t: 'yesterday', id: 'x' })).toString('base64url')],
    ['null', Buffer.from('null').toString('base64url')],
  ])('refuses a cursor with %s as a 400', (_, value) => {
    try {
      decodeCursor(value);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ProblemError);
      expect(error).toMatchObject({ status: 400, code: 'validation_failed' });
    }
  });

  it('makes a page from limit + 1 rows', () => {
    const rows = [row('c', '2026-01-03T00:00:00Z'), row('b', '2026-01-02T00:00:00Z')];
    const page = toPage(rows, 1, (r) => r.id);
    expect(page.items).toEqual(['c']);
    expect(decodeCursor(page.nextCursor!)).toEqual(rows[0]);
    expect(toPage(rows, 2, (r) => r.id)).toEqual({ items: ['c', 'b'], nextCursor: null });
  });
});
