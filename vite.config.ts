import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Plugin, UserConfig } from 'vite';
import { defineConfig } from 'vitest/config';
import { FONT_FILES, FONT_FOLDER, LINKED_FONT_CSS } from './shared/font';

/**
 * The app's font (shared/font.ts) in the renderer build: its files, under their own names, in
 * dist/renderer/fonts with their licence, where the main process and the browser-mode host serve them
 * and the print code reads them; and its @font-face rules inline in index.html, which the CSP allows.
 */
function appFont(): Plugin {
  const files = dirname(createRequire(import.meta.url).resolve('@fontsource/arimo/package.json'));
  return {
    name: 'cea-app-font',
    apply: 'build',
    transformIndexHtml: () => [{ tag: 'style', children: LINKED_FONT_CSS, injectTo: 'head-prepend' }],
    generateBundle() {
      for (const { file } of FONT_FILES)
        this.emitFile({
          type: 'asset',
          fileName: `${FONT_FOLDER}/${file}`,
          source: readFileSync(join(files, 'files', file)),
        });
      this.emitFile({
        type: 'asset',
        fileName: `${FONT_FOLDER}/OFL.txt`,
        source: readFileSync(join(files, 'LICENSE')),
      });
    },
  };
}

/**
 * The status sheet's server render (`vite build --ssr sheet/ssr.tsx`, `npm run build:sheet`): one ESM
 * file that electron/print loads at run time. Its dependencies are bundled in, as main.cjs's are,
 * because the packaged app ships no node_modules.
 */
const sheetBuild = {
  build: {
    outDir: '../dist/sheet',
    emptyOutDir: true,
    sourcemap: false,
    rollupOptions: { output: { format: 'es', entryFileNames: '[name].mjs' } },
  },
  ssr: { noExternal: true, target: 'node' },
  define: { 'process.env.NODE_ENV': JSON.stringify('production') },
} satisfies UserConfig;

// One config for the renderer build, the sheet's server render and every test: the renderer is a plain
// Vite app whose output the Electron shell and the browser-mode host both serve.
export default defineConfig(({ isSsrBuild }) => ({
  root: 'renderer',
  base: './',
  esbuild: { jsx: 'automatic' },
  ...(isSsrBuild
    ? sheetBuild
    : { plugins: [appFont()], build: { outDir: '../dist/renderer', emptyOutDir: true, sourcemap: false } }),
  test: {
    root: '.',
    globals: true,
    testTimeout: 30_000,
    hookTimeout: 60_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'node',
          environment: 'node',
          include: ['tests/**/*.test.ts'],
          exclude: ['tests/renderer/**'],
        },
      },
      {
        extends: true,
        test: {
          name: 'dom',
          environment: 'jsdom',
          include: ['tests/renderer/**/*.test.{ts,tsx}'],
          setupFiles: ['tests/renderer/setup.ts'],
        },
      },
    ],
  },
}));
