// scripts/bootstrap.sh on the machines a newcomer has: a corepack shim that cannot download
// pnpm, another pnpm version, no npm at all, no root for apt.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import {
  chmodSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';

const scripts = fileURLToPath(new URL('..', import.meta.url));
const PINNED = /^PNPM_VERSION=(\S+)$/m.exec(readFileSync(join(scripts, 'bootstrap.sh'), 'utf8'))[1];
const scratch = mkdtempSync(join(tmpdir(), 'partnerkit-bootstrap-'));
after(() => rmSync(scratch, { recursive: true, force: true }));

/** A new folder in the scratch space. */
function folder(name) {
  const dir = join(scratch, name);
  mkdirSync(dir);
  return dir;
}

/** A new folder holding one executable shell script per name. */
function binWith(name, files) {
  const dir = folder(name);
  for (const [file, body] of Object.entries(files)) {
    writeFileSync(join(dir, file), `#!/bin/sh\n${body}\n`, { flag: 'wx' });
    chmodSync(join(dir, file), 0o755);
  }
  return dir;
}

/** Sources bootstrap.sh, then runs `commands` in the same shell. */
function bootstrap(commands, { path = process.env.PATH, toolsDir, env = {} } = {}) {
  const result = spawnSync('/bin/bash', ['-c', `source "${scripts}/bootstrap.sh"; ${commands}`], {
    encoding: 'utf8',
    env: { ...process.env, PATH: path, PARTNERKIT_TOOLS_DIR: toolsDir ?? '', ...env },
    timeout: 180_000,
  });
  return { code: result.status, out: result.stdout, err: result.stderr };
}

describe('ensure_pnpm', () => {
  const tools = folder('tools');

  it('installs the pinned pnpm for the project when the PATH has a corepack shim that fails', () => {
    const shims = binWith('corepack', {
      pnpm: 'echo "Internal Error: Cannot find matching keyid" >&2; exit 1',
    });
    const shimBefore = readFileSync(join(shims, 'pnpm'), 'utf8');
    const run = bootstrap('ensure_pnpm; command -v pnpm; pnpm --version', {
      path: `${shims}:${process.env.PATH}`,
      toolsDir: tools,
    });
    assert.equal(run.code, 0, run.err);
    const lines = run.out.trim().split('\n');
    assert.match(run.out, /corepack/);
    assert.equal(lines.at(-2), join(tools, `pnpm-${PINNED}`, 'node_modules', '.bin', 'pnpm'));
    assert.equal(lines.at(-1), PINNED);
    assert.equal(readFileSync(join(shims, 'pnpm'), 'utf8'), shimBefore, 'the shim is untouched');
  });

  it('uses the project’s pnpm again without calling npm', () => {
    const broken = binWith('no-npm-needed', {
      pnpm: 'exit 1',
      npm: 'echo "npm was called" >&2; exit 1',
    });
    const run = bootstrap('ensure_pnpm; pnpm --version', {
      path: `${broken}:${process.env.PATH}`,
      toolsDir: tools,
    });
    assert.equal(run.code, 0, run.err);
    assert.doesNotMatch(run.err, /npm was called/);
    assert.equal(run.out.trim().split('\n').at(-1), PINNED);
  });

  it('installs the pinned version beside another pnpm version on the PATH', () => {
    const other = binWith('other-version', { pnpm: 'echo 9.15.0' });
    const run = bootstrap('ensure_pnpm; pnpm --version', {
      path: `${other}:${process.env.PATH}`,
      toolsDir: folder('tools-other'),
    });
    assert.equal(run.code, 0, run.err);
    assert.match(run.out, new RegExp(`is pnpm 9\\.15\\.0; this workspace pins ${PINNED}`));
    assert.equal(run.out.trim().split('\n').at(-1), PINNED);
  });

  it('says what to install and fails when there is neither pnpm nor npm', () => {
    const bare = folder('bare');
    for (const tool of ['dirname', 'id', 'timeout', 'mkdir']) {
      const found = spawnSync('/bin/bash', ['-c', `command -v ${tool}`], { encoding: 'utf8' });
      symlinkSync(found.stdout.trim(), join(bare, tool));
    }
    const run = bootstrap('ensure_pnpm', { path: bare, toolsDir: folder('tools-bare') });
    assert.notEqual(run.code, 0);
    assert.match(run.err, /npm is missing: install Node\.js/);
  });
});

describe('apt installs without root', () => {
  it('says to install Chromium and fails', () => {
    const run = bootstrap(
      `source "${scripts}/chromium.sh"; as_root() { return 1; }; ensure_chromium`,
      { env: { CHROME_PATH: join(scratch, 'no-such-chromium') } },
    );
    assert.notEqual(run.code, 0);
    assert.match(run.err, /Chromium is missing: run 'apt-get install -y chromium'/);
  });
});
