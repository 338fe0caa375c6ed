// Library build: one ESM file per widget (its define entry) plus shared chunks for the
// runtime (lit, context, i18n, client), locales loaded on demand. Output in dist/.
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { assertNoClassicZod, baseOptions, esbuild, root } from './bundle.mjs';

const entryPoints = {
  index: 'src/index.ts',
  define: 'src/define.ts',
  'portal/define': 'src/portal/define.ts',
  'deal-registration/define': 'src/deal-registration/define.ts',
  'deal-status/define': 'src/deal-status/define.ts',
  'text-field/define': 'src/text-field/define.ts',
  'textarea/define': 'src/textarea/define.ts',
  'select/define': 'src/select/define.ts',
  'date-field/define': 'src/date-field/define.ts',
  'money-field/define': 'src/money-field/define.ts',
  'checkbox/define': 'src/checkbox/define.ts',
};

rmSync(join(root, 'dist'), { recursive: true, force: true });
const result = await esbuild.build({
  ...baseOptions,
  entryPoints,
  outdir: 'dist',
  chunkNames: 'chunks/[name]-[hash]',
  sourcemap: true,
});
assertNoClassicZod(result.metafile);
const files = Object.keys(result.metafile.outputs).filter((file) => file.endsWith('.js'));
console.info(`Built ${files.length} files into dist/`);
