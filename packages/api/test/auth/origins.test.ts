import { describe, expect, it } from 'vitest';
import { normalizeOrigin } from '../../src/auth/api-keys.js';

describe('allowed origins of publishable keys', () => {
  it.each([
    ['https://Portal.Example.com/', 'https://portal.example.com'],
    ['https://portal.example.com/partners?x=1', 'https://portal.example.com'],
    ['http://localhost:5173', 'http://localhost:5173'],
    ['https://portal.example.com:443', 'https://portal.example.com'],
    ['*', '*'],
  ])('stores %s as %s', (input, stored) => {
    expect(normalizeOrigin(input)).toBe(stored);
  });

  it.each(['portal.example.com', 'ftp://files.example.com', ''])('refuses %j', (input) => {
    expect(() => normalizeOrigin(input)).toThrow(TypeError);
  });
});
