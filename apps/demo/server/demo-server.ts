import { fileURLToPath } from 'node:url';
import { createServer } from 'vite';
import type { DemoSettings } from './demo-settings.js';
import { demoSessions } from './sessions-plugin.js';

export interface DemoServerOptions extends DemoSettings {
  host?: string;
  /** 0 picks a free port. */
  port?: number;
  logLevel?: 'info' | 'warn' | 'error' | 'silent';
  /**
   * Reload the page when a source file changes (default). Tests turn it off so an edit
   * elsewhere in the working tree cannot reload the page under them.
   */
  watch?: boolean;
}

export interface DemoServer {
  url: string;
  close(): Promise<void>;
}

/** Serves the demo page and its session-minting server side (Vite dev server, 127.0.0.1). */
export async function startDemoServer(options: DemoServerOptions): Promise<DemoServer> {
  const { host = '127.0.0.1', port = 5173, logLevel = 'warn', watch = true, ...settings } = options;
  const server = await createServer({
    configFile: fileURLToPath(new URL('../vite.config.ts', import.meta.url)),
    plugins: [demoSessions(settings)],
    server: {
      host,
      port,
      strictPort: port !== 0,
      ...(watch ? {} : { hmr: false, watch: null }),
    },
    logLevel,
  });
  await server.listen();
  const address = server.httpServer?.address();
  if (!address || typeof address === 'string') {
    await server.close();
    throw new Error('The demo server has no TCP address');
  }
  return { url: `http://${host}:${address.port}/`, close: () => server.close() };
}
