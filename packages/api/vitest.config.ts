import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Suites share two cores with PostgreSQL; PGlite opens take seconds.
    testTimeout: 20_000,
    hookTimeout: 60_000,
  },
});
