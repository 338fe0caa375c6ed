import { DemoSeed } from '@partnerkit/contracts';
import { startDemoServer } from './demo-server.js';

/**
 * Entry point used by `pnpm start`: serves the demo page for an API that is already running.
 * `PARTNERKIT_API_URL` is the API origin, `PARTNERKIT_DEMO_SEED` what `partnerkit-api seed --demo
 * --json` printed, `DEMO_PORT` the port (default 5173), `DEMO_HOST` the host (default 127.0.0.1).
 */
function required(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set: start the demo with \`pnpm start\``);
  return value;
}

const server = await startDemoServer({
  apiBase: required('PARTNERKIT_API_URL'),
  seed: DemoSeed.parse(JSON.parse(required('PARTNERKIT_DEMO_SEED'))),
  host: process.env['DEMO_HOST'] ?? '127.0.0.1',
  port: Number(process.env['DEMO_PORT'] ?? 5173),
  logLevel: 'info',
});
console.info(`PartnerKit demo: ${server.url}`);

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => void server.close().then(() => process.exit(0)));
}
