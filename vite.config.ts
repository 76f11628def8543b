import type { UserConfig } from 'vite';
import { defineConfig } from 'vitest/config';

/**
 * The status sheet's server render (`vite build --ssr sheet/ssr.tsx`, `npm run build:sheet`): one ESM
 * file that electron/print loads at run time. Its dependencies are bundled in, as main.cjs's are,
 * because the packaged app ships no node_modules.
 */
const sheetBuild = {
  build: { outDir: '../dist/sheet', emptyOutDir: true, sourcemap: false, rollupOptions: { output: { format: 'es', entryFileNames: '[name].mjs' } } },
  ssr: { noExternal: true, target: 'node' },
  define: { 'process.env.NODE_ENV': JSON.stringify('production') },
} satisfies UserConfig;

// One config for the renderer build, the sheet's server render and every test: the renderer is a plain
// Vite app whose output the Electron shell and the browser-mode host both serve.
export default defineConfig(({ isSsrBuild }) => ({
  root: 'renderer',
  base: './',
  esbuild: { jsx: 'automatic' },
  ...(isSsrBuild ? sheetBuild : { build: { outDir: '../dist/renderer', emptyOutDir: true, sourcemap: false } }),
  test: {
    root: '.',
    globals: true,
    testTimeout: 30_000,
    hookTimeout: 60_000,
    projects: [
      {
        extends: true,
        test: { name: 'node', environment: 'node', include: ['tests/**/*.test.ts'], exclude: ['tests/renderer/**'] },
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
