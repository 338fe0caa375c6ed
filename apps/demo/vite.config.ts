import { fileURLToPath } from 'node:url';
import { defineConfig, mergeConfig } from 'vite';
import shared from '../../vite.config.js';

/**
 * The demo page. It needs its server side (the session-minting middleware that holds the demo
 * secret key), so start it through `startDemoServer` (server/demo-server.ts) or `pnpm start`
 * rather than the bare Vite CLI.
 */
export default mergeConfig(
  shared,
  defineConfig({
    root: fileURLToPath(new URL('.', import.meta.url)),
    publicDir: false,
    clearScreen: false,
  }),
);
