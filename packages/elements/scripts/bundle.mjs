import * as esbuild from 'esbuild';
import { fileURLToPath } from 'node:url';

export const root = fileURLToPath(new URL('..', import.meta.url));

/** Shared esbuild options: production build, ES2022, no dev-mode warnings. */
export const baseOptions = {
  absWorkingDir: root,
  bundle: true,
  splitting: true,
  format: 'esm',
  target: 'es2022',
  platform: 'browser',
  minify: true,
  legalComments: 'none',
  tsconfig: 'tsconfig.json',
  define: { __PK_DEV__: 'false' },
  metafile: true,
  logLevel: 'warning',
};

/**
 * Fails when classic zod (which drags every locale in) reaches a browser bundle. Counts only
 * modules that put bytes in an output: esbuild parses zod/mini's re-exports but drops them.
 */
export function assertNoClassicZod(metafile) {
  const classic = new Set();
  for (const output of Object.values(metafile.outputs)) {
    for (const [input, { bytesInOutput }] of Object.entries(output.inputs)) {
      const zod = /node_modules\/zod\/(.*)$/.exec(input);
      if (bytesInOutput > 0 && zod && !/^(v4\/)?(mini|core)\//.test(zod[1])) classic.add(input);
    }
  }
  if (classic.size > 0) {
    throw new Error(
      `Browser bundle includes classic zod:\n  ${[...classic].slice(0, 5).join('\n  ')}`,
    );
  }
}

export { esbuild };
