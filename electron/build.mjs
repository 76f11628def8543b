// Bundles the main-process entries with esbuild (`npm run build:main`).
// - main and preload are CommonJS, as Electron loads them, with every dependency inlined except
//   `electron` itself: lowdb and zod are ES modules that a CommonJS main could not require, and a
//   sandboxed preload cannot load modules at all.
// - launch and serve run under plain Node from the repository, next to node_modules.
// - The status sheet is not bundled here: electron/print/sheetRenderer.ts imports its own build,
//   dist/sheet/ssr.mjs (`npm run build:sheet`), at run time by a computed path esbuild leaves alone.
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
// CEA_BUILD_OUT lets the packaging test build into a scratch project instead of the shared dist/.
const out = process.env.CEA_BUILD_OUT ?? join(root, 'dist', 'electron');

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  sourcemap: false,
  logLevel: 'warning',
  absWorkingDir: root,
};

// CommonJS has no import.meta; the store finds the app folder from it, so give main this file's URL.
// (Not the preload: a sandboxed preload may require almost nothing, and it never needs the URL.)
const cjsImportMeta = {
  define: { 'import.meta.url': '__ceaImportMetaUrl' },
  banner: { js: "const __ceaImportMetaUrl = require('node:url').pathToFileURL(__filename).href;" },
};

await Promise.all([
  build({
    ...common,
    ...cjsImportMeta,
    entryPoints: ['electron/main.ts'],
    outfile: join(out, 'main.cjs'),
    format: 'cjs',
    external: ['electron'],
  }),
  build({
    ...common,
    entryPoints: ['electron/preload.ts'],
    outfile: join(out, 'preload.cjs'),
    format: 'cjs',
    external: ['electron'],
  }),
  build({
    ...common,
    entryPoints: ['electron/launch.ts'],
    outfile: join(out, 'launch.mjs'),
    format: 'esm',
    packages: 'external',
  }),
  build({
    ...common,
    entryPoints: ['electron/serve.ts'],
    outfile: join(out, 'serve.mjs'),
    format: 'esm',
    packages: 'external',
  }),
]);
