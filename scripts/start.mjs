// `pnpm start`: the API on the embedded database (PGlite in ./.partnerkit-data) with the demo
// tenant seeded (idempotent), and the demo vendor portal page that uses it. DATABASE_URL,
// DATA_DIR, PORT and HOST pass through to the API; DEMO_PORT (5173) and DEMO_HOST to the demo.
// Ctrl-C stops both.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const cli = fileURLToPath(new URL('../packages/api/bin/partnerkit-api.mjs', import.meta.url));
const demoMain = fileURLToPath(new URL('../apps/demo/server/main.ts', import.meta.url));

const apiHost = process.env.HOST ?? '127.0.0.1';
const apiUrl = `http://${apiHost === '0.0.0.0' ? '127.0.0.1' : apiHost}:${process.env.PORT ?? 8787}`;
const demoHost = process.env.DEMO_HOST ?? '127.0.0.1';
const demoPort = process.env.DEMO_PORT ?? '5173';
const demoUrl = `http://${demoHost}:${demoPort}/`;
const READY_TIMEOUT_MS = 60_000;

const children = new Set();
let stopping = false;

function stopAll(signal = 'SIGTERM') {
  stopping = true;
  for (const child of children) child.kill(signal);
}
process.on('SIGINT', () => stopAll('SIGINT')).on('SIGTERM', () => stopAll('SIGTERM'));

/** A long-running child; if it dies on its own, the other one is stopped too. */
function start(name, args, env = process.env) {
  const child = spawn(process.execPath, args, { cwd: root, env, stdio: 'inherit' });
  children.add(child);
  child.on('exit', (code) => {
    children.delete(child);
    if (stopping) return;
    console.error(`${name} stopped (exit code ${code}); stopping the rest.`);
    process.exitCode = 1;
    stopAll();
  });
  return child;
}

/** Runs a command to completion and returns what it printed on stdout. */
function capture(args) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, {
      cwd: root,
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let stdout = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.on('error', reject);
    child.on('exit', (code) =>
      code === 0 ? resolve(stdout) : reject(new Error(`${args.join(' ')} exited with ${code}`)),
    );
  });
}

async function waitUntilUp(url) {
  const deadline = Date.now() + READY_TIMEOUT_MS;
  while (Date.now() < deadline && !stopping) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${url} did not answer`);
}

try {
  console.info('› migrating and seeding the demo tenant…');
  const seed = JSON.parse(await capture([cli, 'seed', '--demo', '--json']));
  start('The API', [cli, 'serve']);
  await waitUntilUp(`${apiUrl}/healthz`);
  start('The demo', ['--import', 'tsx', demoMain], {
    ...process.env,
    PARTNERKIT_API_URL: apiUrl,
    PARTNERKIT_DEMO_SEED: JSON.stringify(seed),
    DEMO_HOST: demoHost,
    DEMO_PORT: demoPort,
  });
  await waitUntilUp(demoUrl);
  console.info(`
PartnerKit is running (${seed.tenant.name}, ${seed.partners.length} demo partners):
  Demo vendor portal  ${demoUrl}
  API                 ${apiUrl}   docs: ${apiUrl}/docs
  Publishable key     ${seed.publishableKey}
  Secret key          ${seed.secretKey}   (demo tenant only; the demo page never sees it)
Press Ctrl-C to stop both.`);
} catch (error) {
  console.error(error.message);
  process.exitCode = 1;
  stopAll();
}
