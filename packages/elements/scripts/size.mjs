// Size budget: what a page downloads for <pk-portal> + <pk-deal-registration> (client, i18n,
// validation and the English strings), and what <pk-deal-status> adds on top. Minified by
// esbuild, each file gzipped at level 9 as it would travel; exits non-zero over budget.
import { gzipSync } from 'node:zlib';
import { assertNoClassicZod, baseOptions, esbuild } from './bundle.mjs';

const KB = 1024;
const BUDGETS = { first: 30 * KB, further: 8 * KB };

const registration = [
  "import './src/portal/define.ts';",
  "import './src/deal-registration/define.ts';",
  "export { default as commonEn } from './src/locales/common/en.ts';",
  "export { default as registrationEn } from './src/deal-registration/locales/en.ts';",
].join('\n');
const status = [
  "import './src/deal-status/define.ts';",
  "export { default as statusEn } from './src/deal-status/locales/en.ts';",
].join('\n');

const result = await esbuild.build({
  ...baseOptions,
  entryPoints: ['size:registration', 'size:with-status'],
  outdir: 'size-out',
  write: false,
  plugins: [
    {
      name: 'size-entries',
      setup(build) {
        build.onResolve({ filter: /^size:/ }, (args) => ({ path: args.path, namespace: 'size' }));
        build.onLoad({ filter: /.*/, namespace: 'size' }, (args) => ({
          contents: args.path === 'size:registration' ? registration : `${registration}\n${status}`,
          resolveDir: baseOptions.absWorkingDir,
          loader: 'js',
        }));
      },
    },
  ],
});
assertNoClassicZod(result.metafile);

const outputs = result.metafile.outputs;
const files = new Map(
  result.outputFiles.map((file) => [file.path.slice(file.path.indexOf('size-out/')), file]),
);

/** Everything an entry loads up front: static imports only, not lazily loaded locales. */
function closure(entry) {
  const seen = new Set();
  const visit = (path) => {
    if (seen.has(path)) return;
    seen.add(path);
    for (const edge of outputs[path]?.imports ?? []) {
      if (edge.kind === 'import-statement' && !edge.external) visit(edge.path);
    }
  };
  visit(entry);
  return seen;
}

const gzipped = (paths) =>
  [...paths].reduce(
    (sum, path) => sum + gzipSync(files.get(path).contents, { level: 9 }).length,
    0,
  );

const entryOf = (name) =>
  Object.keys(outputs).find((path) => outputs[path].entryPoint?.endsWith(`size:${name}`));
const first = closure(entryOf('registration'));
const both = closure(entryOf('with-status'));
const firstSize = gzipped(first);
const furtherSize = gzipped(both) - firstSize;

const kb = (bytes) => `${(bytes / KB).toFixed(1)} KB`;
console.info(
  `<pk-portal> + <pk-deal-registration> (client, i18n, validation, en): ${kb(firstSize)} gzip` +
    ` (budget ${kb(BUDGETS.first)})`,
);
console.info(`<pk-deal-status> on top: ${kb(furtherSize)} gzip (budget ${kb(BUDGETS.further)})`);

const over = [];
if (firstSize > BUDGETS.first) over.push('first widget');
if (furtherSize > BUDGETS.further) over.push('further widget');
if (over.length > 0) {
  console.error(`Size budget exceeded: ${over.join(', ')}`);
  process.exit(1);
}
