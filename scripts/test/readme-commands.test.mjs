// Every command the READMEs give is listed here with how it is checked, and the test fails on a
// README command that is not: a new line in a README needs a check before it lands. Commands
// are run as written where that takes seconds; a long-running one runs until it answers; the
// rest name the part of CI that runs them, and that is checked too.
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { freePort } from './support/free-port.mjs';
import { readmeCommands } from './support/readme-commands.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const scratch = mkdtempSync(join(tmpdir(), 'partnerkit-readme-'));
after(() => rmSync(scratch, { recursive: true, force: true }));
let dataDirs = 0;
const freshDataDir = () => join(scratch, `data-${++dataDirs}`);
const DEMO_SECRET_KEY = 'sk_demo_northwind_local_only_0001';

/** Runs `command` in bash from `cwd` (the repo root) and fails with its output unless it exits 0. */
function sh(command, { cwd = '.', env = {}, timeoutSeconds = 240 } = {}) {
  const result = spawnSync('/bin/bash', ['-c', command], {
    cwd: join(root, cwd),
    env: { ...process.env, ...env },
    encoding: 'utf8',
    timeout: timeoutSeconds * 1000,
    maxBuffer: 64 * 1024 * 1024,
  });
  const output = `${result.stdout}\n${result.stderr}`;
  assert.equal(result.status, 0, `\`${command}\` exited ${result.status}:\n${output.slice(-4000)}`);
  return result.stdout;
}

/**
 * Starts a command that runs until stopped and waits until every URL of `ready` answers 2xx and
 * it has printed `says`; `stop()` ends its whole process group.
 */
async function serveUntil(command, { env = {}, ready, says = /(?:)/, timeoutSeconds = 240 }) {
  const child = spawn('/bin/bash', ['-c', command], {
    cwd: root,
    env: { ...process.env, ...env },
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  const stop = async () => {
    if (child.exitCode !== null) return;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    process.kill(-child.pid, 'SIGTERM');
    const forced = setTimeout(() => process.kill(-child.pid, 'SIGKILL'), 10_000);
    await exited;
    clearTimeout(forced);
  };
  try {
    const deadline = Date.now() + timeoutSeconds * 1000;
    for (const url of ready) {
      for (;;) {
        assert.equal(child.exitCode, null, `\`${command}\` exited early:\n${output.slice(-4000)}`);
        assert.ok(Date.now() < deadline, `${url} did not answer:\n${output.slice(-4000)}`);
        const answered = await fetch(url).then(
          (response) => response.ok,
          () => false,
        );
        if (answered) break;
        await new Promise((resolve) => setTimeout(resolve, 250));
      }
    }
    while (!says.test(output)) {
      assert.equal(child.exitCode, null, `\`${command}\` exited early:\n${output.slice(-4000)}`);
      assert.ok(Date.now() < deadline, `it did not print ${says}:\n${output.slice(-4000)}`);
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    return { output: () => output, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

function read(path) {
  return readFileSync(join(root, path), 'utf8');
}

function packageScript(folder, name) {
  return JSON.parse(read(`${folder}/package.json`)).scripts?.[name];
}

/** The steps CI's test script runs, as lines of scripts/test.sh. */
function testScriptRuns(command) {
  assert.match(read('.ci/run'), /bash scripts\/test\.sh/, '.ci/run runs scripts/test.sh');
  assert.ok(
    read('scripts/test.sh')
      .split('\n')
      .some((line) => line.split('&&').some((step) => step.trim() === command)),
    `scripts/test.sh runs \`${command}\``,
  );
}

/** The root `pnpm test` runs every workspace package's `test` script. */
function inPnpmTest(folder, script = 'test') {
  assert.match(packageScript('.', 'test'), /pnpm -r .*run test/);
  assert.ok(packageScript(folder, script), `${folder} has a "${script}" script`);
}

/** The API CLI on a fresh embedded database, as the README writes it. */
const cli = (args, env = {}) =>
  sh(`node packages/api/bin/partnerkit-api.mjs ${args}`, {
    env: { DATA_DIR: freshDataDir(), ...env },
  });

async function serveApi(dataDir) {
  const port = await freePort();
  const api = await serveUntil('node packages/api/bin/partnerkit-api.mjs serve', {
    env: { DATA_DIR: dataDir, PORT: String(port) },
    ready: [`http://127.0.0.1:${port}/healthz`],
  });
  return { ...api, port };
}

const checks = {
  'bash scripts/start.sh': async () => {
    const [port, demoPort] = [await freePort(), await freePort()];
    const started = await serveUntil('bash scripts/start.sh', {
      env: { PORT: String(port), DEMO_PORT: String(demoPort), DATA_DIR: freshDataDir() },
      ready: [
        `http://127.0.0.1:${port}/healthz`,
        `http://127.0.0.1:${port}/docs`,
        `http://127.0.0.1:${demoPort}/`,
        `http://127.0.0.1:${demoPort}/demo/config.json`,
      ],
      says: /PartnerKit is running/,
    });
    await started.stop();
  },
  'pnpm start': () => {
    assert.match(read('scripts/start.sh'), /^exec pnpm start$/m, 'start.sh runs `pnpm start`');
    assert.ok(packageScript('.', 'start'));
  },
  'bash scripts/test.sh': () => assert.match(read('.ci/run'), /exec bash scripts\/test\.sh/),
  'pnpm test': () => testScriptRuns('pnpm test'),
  'pnpm install': () => {
    const lockfile = read('pnpm-lock.yaml');
    sh('pnpm install');
    assert.equal(read('pnpm-lock.yaml'), lockfile, 'pnpm install leaves the lockfile as it is');
  },
  'pnpm storybook': async () => {
    const storybook = await serveUntil('pnpm storybook', {
      env: { STORYBOOK_DISABLE_TELEMETRY: '1' },
      ready: ['http://127.0.0.1:6006/', 'http://127.0.0.1:6006/iframe.html'],
    });
    await storybook.stop();
  },
  'pnpm build-storybook': () => testScriptRuns('pnpm build-storybook'),
  'pnpm lint': () => testScriptRuns('pnpm lint'),
  // It rewrites BENCHMARKS.md and runs for minutes; its parts are in the API suite
  // (test/bench). Here: the command starts, and takes every option the README names.
  'pnpm bench': () => assert.match(sh('pnpm bench --help'), /--rows/),
  'pnpm bench [--rows N] [--backend pglite|postgres|both] [--json]': () => {
    const usage = sh('pnpm bench --help');
    for (const option of ['--rows N', '--backend pglite|postgres|both', '--json']) {
      assert.ok(usage.includes(option), `pnpm bench takes ${option}`);
    }
  },
  'pnpm exec partnerkit-api seed --demo --json': () => {
    const seed = JSON.parse(
      sh('pnpm exec partnerkit-api seed --demo --json', { env: { DATA_DIR: freshDataDir() } }),
    );
    assert.equal(seed.secretKey, DEMO_SECRET_KEY);
  },
  'node packages/api/bin/partnerkit-api.mjs serve': async () => {
    const api = await serveApi(freshDataDir());
    await api.stop();
  },
  'node packages/api/bin/partnerkit-api.mjs migrate': () => cli('migrate'),
  'node packages/api/bin/partnerkit-api.mjs seed --demo [--json]': () => {
    assert.match(cli('seed --demo'), new RegExp(DEMO_SECRET_KEY));
    assert.equal(JSON.parse(cli('seed --demo --json')).secretKey, DEMO_SECRET_KEY);
  },
  // A thousand instead of a million: the same code path, in seconds.
  'node packages/api/bin/partnerkit-api.mjs seed --demo --synthetic-deals 1000000': () => {
    cli('seed --demo --synthetic-deals 1000');
  },
  'node packages/api/bin/partnerkit-api.mjs seed --name "Acme" --origin https://portal.acme.com [--json]':
    () => {
      assert.match(cli('seed --name "Acme" --origin https://portal.acme.com'), /sk_/);
      const seeded = JSON.parse(cli('seed --name "Acme" --origin https://portal.acme.com --json'));
      assert.equal(seeded.tenant.name, 'Acme');
    },
  // Against the demo tenant, with its secret key in place of `sk_…` and the port the API got.
  [`curl -X POST localhost:8787/v1/webhook-endpoints -H "Authorization: Bearer sk_…" -H 'Content-Type: application/json' -d '{"url":"https://crm.example.com/partnerkit","eventTypes":["*"],"description":"CRM"}'`]:
    async (command) => {
      const dataDir = freshDataDir();
      cli('seed --demo', { DATA_DIR: dataDir });
      const api = await serveApi(dataDir);
      try {
        const response = sh(
          command
            .replace('localhost:8787', `127.0.0.1:${api.port}`)
            .replace('sk_…', DEMO_SECRET_KEY),
        );
        assert.match(JSON.parse(response).secret, /^whsec_/);
      } finally {
        await api.stop();
      }
    },
  'cd packages/api': () => assert.ok(existsSync(join(root, 'packages/api/package.json'))),
  'npx vitest run': () => {
    for (const folder of ['packages/api', 'packages/client']) {
      inPnpmTest(folder);
      assert.equal(packageScript(folder, 'test'), 'vitest run');
      assert.match(sh('npx --no-install vitest --version', { cwd: folder }), /vitest\//);
    }
  },
  'TEST_DATABASE_URL=postgres://partnerkit:partnerkit@127.0.0.1:5432/partnerkit_test npx vitest run':
    () => {
      assert.match(read('scripts/postgres.sh'), /export TEST_DATABASE_URL=/);
      assert.match(read('packages/api/test/support/backends.ts'), /TEST_DATABASE_URL/);
      inPnpmTest('packages/api');
    },
  'pnpm bench:keys': () => checks['pnpm bench:keys [--pairs N] [--index N]'](),
  'pnpm bench:keys [--pairs N] [--index N]': () => {
    assert.match(sh('pnpm bench:keys --pairs 100 --index 1000', { cwd: 'packages/api' }), /typo1/);
  },
  'pnpm --filter @partnerkit/client test': () => inPnpmTest('packages/client'),
  'pnpm --filter @partnerkit/elements test': () => inPnpmTest('packages/elements'),
  'pnpm --filter @partnerkit/demo test': () => inPnpmTest('apps/demo'),
  'pnpm --filter @partnerkit/elements size': () => sh('pnpm --filter @partnerkit/elements size'),
  'pnpm --filter @partnerkit/elements build': () => {
    sh('pnpm --filter @partnerkit/elements build');
    assert.ok(existsSync(join(root, 'packages/elements/dist/define.js')));
  },
};

describe('README commands', () => {
  const documented = readmeCommands(root);

  it('has a check for every command a README gives, and none for a command no README gives', () => {
    const unchecked = documented.filter(({ command }) => !(command in checks));
    assert.deepEqual(unchecked, [], 'add these to the checks in this file');
    const given = new Set(documented.map(({ command }) => command));
    assert.deepEqual(
      Object.keys(checks).filter((command) => !given.has(command)),
      [],
      'no README gives these any more',
    );
  });

  for (const command of new Set(documented.map(({ command }) => command))) {
    const readmes = documented.filter((entry) => entry.command === command).map((e) => e.readme);
    it(`${command}  (${readmes.join(', ')})`, async () => {
      assert.ok(checks[command], 'listed above');
      await checks[command](command);
    });
  }
});
