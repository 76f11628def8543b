import { defineConfig } from 'vitest/config';

// One config for the renderer build and for every test: the renderer is a plain Vite app whose
// output the Electron shell and the browser-mode host both serve.
export default defineConfig({
  root: 'renderer',
  base: './',
  esbuild: { jsx: 'automatic' },
  build: { outDir: '../dist/renderer', emptyOutDir: true, sourcemap: false },
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
});
