import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

/**
 * The browser weight of the client, minified and gzipped, including ky, contracts and zod/mini:
 * as an app imports it (every response checked), and as the widgets ship it (`__PK_DEV__` false,
 * responses trusted). Each family of resources adds its schemas to the first figure; both are
 * ratchets a little above the size measured with deals and MDF.
 */
const BUDGET_GZIP_BYTES = 23 * 1024;
const PRODUCTION_BUDGET_GZIP_BYTES = 16 * 1024;

const root = fileURLToPath(new URL('..', import.meta.url));

async function bundle(contents: string, define: Record<string, string> = {}) {
  const result = await build({
    define,
    stdin: { contents, resolveDir: root, sourcefile: 'probe.ts', loader: 'ts' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    write: false,
    metafile: true,
    logLevel: 'silent',
  });
  const code = result.outputFiles[0]!.contents;
  // Only modules that left code in the output: esbuild also lists what it parsed and shook off.
  const inputs = Object.values(result.metafile.outputs).flatMap((output) =>
    Object.entries(output.inputs)
      .filter(([, input]) => input.bytesInOutput > 0)
      .map(([path]) => path),
  );
  return { gzip: gzipSync(code, { level: 9 }).byteLength, inputs };
}

describe('browser bundle', () => {
  it(`stays within ${BUDGET_GZIP_BYTES / 1024} KB gzip and never pulls in classic zod`, async () => {
    const { gzip, inputs } = await bundle("export * from './src/index.ts';");

    expect(gzip).toBeLessThanOrEqual(BUDGET_GZIP_BYTES);
    expect(inputs.some((input) => input.includes('/zod/v4/mini/'))).toBe(true);
    expect(inputs.filter((input) => /\/zod\/(v4\/classic|v3|v4\/locales)\//.test(input))).toEqual(
      [],
    );
  }, 30_000);

  it(`drops the response schemas from production builds (__PK_DEV__ = false), within ${PRODUCTION_BUDGET_GZIP_BYTES / 1024} KB`, async () => {
    const { gzip: development } = await bundle("export * from './src/index.ts';");
    const { gzip, inputs } = await bundle("export * from './src/index.ts';", {
      __PK_DEV__: 'false',
    });
    const contracts = inputs
      .filter((input) => input.includes('/contracts/src/'))
      .map((input) => input.slice(input.indexOf('/contracts/src/') + '/contracts/src/'.length));
    // Error bodies are still read through the problem schema, and the live stream's event names
    // (live.ts: constants, no schema) come along; every response schema is gone.
    expect(contracts.sort()).toEqual(['live.ts', 'problem.ts', 'schema.ts']);
    expect(gzip).toBeLessThan(development);
    expect(gzip).toBeLessThanOrEqual(PRODUCTION_BUDGET_GZIP_BYTES);
  }, 30_000);

  it('has no import side effects: importing it for effect alone bundles to nothing', async () => {
    const { gzip } = await bundle("import './src/index.ts';");
    expect(gzip).toBe(gzipSync(new Uint8Array(0), { level: 9 }).byteLength);
  }, 30_000);
});
