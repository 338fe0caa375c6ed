import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import { DemoSeed } from '@partnerkit/contracts';

/** The API's own CLI, found through the package so the demo does not hard-code the repo layout. */
const CLI = fileURLToPath(
  new URL('../bin/partnerkit-api.mjs', import.meta.resolve('@partnerkit/api')),
);
const READY_TIMEOUT_MS = 120_000;

export interface ApiProcess {
  url: string;
  seed: DemoSeed;
  stop(): Promise<void>;
}

function runCli(args: string[], env: NodeJS.ProcessEnv): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, ...args], {
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.once('error', reject);
    child.once('exit', (code) =>
      code === 0
        ? resolve(stdout)
        : reject(new Error(`partnerkit-api ${args.join(' ')}: ${stderr}`)),
    );
  });
}

async function waitUntilHealthy(url: string, child: ChildProcess, log: () => string) {
  const deadline = Date.now() + READY_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`The API exited early:\n${log()}`);
    try {
      if ((await fetch(new URL('/healthz', url))).ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`The API did not become healthy in time:\n${log()}`);
}

/**
 * Seeds the demo data into the embedded database in `dataDir` and serves the API from it on
 * 127.0.0.1:`port`, through the same CLI `pnpm start` uses.
 */
export async function startApi(dataDir: string, port: number): Promise<ApiProcess> {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATA_DIR: dataDir,
    HOST: '127.0.0.1',
    PORT: String(port),
  };
  delete env['DATABASE_URL'];
  const seed = DemoSeed.parse(JSON.parse(await runCli(['seed', '--demo', '--json'], env)));
  const child = spawn(process.execPath, [CLI, 'serve'], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const url = `http://127.0.0.1:${port}`;
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    child.kill('SIGTERM');
    await once(child, 'exit');
  };
  try {
    await waitUntilHealthy(url, child, () => output);
  } catch (error) {
    await stop();
    throw error;
  }
  return { url, seed, stop };
}
