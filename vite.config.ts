import { defineConfig } from 'vite';

/**
 * The shared Vite settings of the repository. Storybook loads this file from the repo root, and
 * apps/demo/vite.config.ts extends it. Lit's decorators need `experimentalDecorators` and
 * `useDefineForClassFields: false`, which Vite reads from the tsconfig nearest each file
 * (packages/elements/tsconfig.json): Vite 8 would otherwise leave them as TC39 decorators, which
 * browsers reject.
 */
export default defineConfig({
  build: { target: 'es2022' },
  server: { host: '127.0.0.1' },
  preview: { host: '127.0.0.1' },
});
