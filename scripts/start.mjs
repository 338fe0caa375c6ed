// `pnpm start`: the API on the embedded database (PGlite in ./.partnerkit-data), with the
// demo tenant seeded, then served. DATABASE_URL, DATA_DIR, PORT and HOST pass through.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const cli = fileURLToPath(new URL('../packages/api/bin/partnerkit-api.mjs', import.meta.url));

function run(args) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [cli, ...args], { stdio: 'inherit' });
    const forward = (signal) => child.kill(signal);
    process.on('SIGINT', forward).on('SIGTERM', forward);
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      process.off('SIGINT', forward).off('SIGTERM', forward);
      if (code === 0 || signal) resolve();
      else reject(new Error(`partnerkit-api ${args[0]} exited with ${code}`));
    });
  });
}

try {
  await run(['seed', '--demo']);
  console.info('');
  await run(['serve']);
} catch (error) {
  console.error(error.message);
  process.exitCode = 1;
}
