import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe } from 'vitest';
import { withPostgres } from '../support/backends.js';
import { createThrowawayDatabase } from '../support/throwaway-database.js';

const BIN = fileURLToPath(new URL('../../bin/partnerkit-api.mjs', import.meta.url));

export interface ApiProcess {
  url: string;
  child: ChildProcess;
  output: () => string;
  /** SIGKILL: no shutdown, no cleanup, like a crashed machine. */
  kill(): Promise<void>;
  stop(): Promise<void>;
}

/** `partnerkit-api serve` as a child process on a free port of 127.0.0.1. */
export async function startApiProcess(env: Record<string, string>): Promise<ApiProcess> {
  const child = spawn(process.execPath, [BIN, 'serve'], {
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', NODE_ENV: 'development', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`serve did not start:\n${output}`)), 30_000);
    const look = () => {
      const match = output.match(/PartnerKit API on (http:\/\/\S+)/);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]!);
      }
    };
    child.stdout!.on('data', look);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`serve exited with ${code}:\n${output}`));
    });
  });
  const end = async (signal: NodeJS.Signals) => {
    if (child.exitCode === null && child.signalCode === null) child.kill(signal);
    await exited;
  };
  return {
    url,
    child,
    output: () => output,
    kill: () => end('SIGKILL'),
    stop: () => end('SIGTERM'),
  };
}

/** A fresh database on the test server, dropped by `drop()`. */
export async function createScratchDatabase(adminUrl: string) {
  return createThrowawayDatabase(adminUrl, 'partnerkit_p');
}

/**
 * A suite that needs PostgreSQL (several processes on one database). Skipped with a note when
 * `TEST_DATABASE_URL` is not set, failing instead under `PARTNERKIT_REQUIRE_POSTGRES=1`.
 */
export function describePostgres(name: string, body: (adminUrl: string) => void): void {
  withPostgres(name, (url) => describe(`${name} [postgres]`, () => body(url)));
}
