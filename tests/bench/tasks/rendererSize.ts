import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { figure, type Figures } from '../figures';

/** Script and module-preload URLs of the built index.html: what the browser fetches before first render. */
export function initialScripts(html: string): string[] {
  const urls = new Set<string>();
  for (const m of html.matchAll(/<script[^>]*\stype="module"[^>]*\ssrc="([^"]+)"/g)) if (m[1]) urls.add(m[1]);
  for (const m of html.matchAll(/<link[^>]*\srel="modulepreload"[^>]*\shref="([^"]+)"/g))
    if (m[1]) urls.add(m[1]);
  return [...urls];
}

export function buildRenderer(root: string, outDir: string): void {
  execFileSync(
    join(root, 'node_modules', '.bin', 'vite'),
    ['build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'error'],
    { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] },
  );
}

/**
 * Builds the renderer for production into the bench's own folder (dist/renderer may be in use by
 * someone else's host) and sums the gzipped size of the initial JavaScript. Lazy chunks are not
 * counted: they are not needed to paint the overview.
 */
export function rendererSizeTask(args: { root: string; outDir: string }): Figures {
  buildRenderer(args.root, args.outDir);
  const html = readFileSync(join(args.outDir, 'index.html'), 'utf8');
  const scripts = initialScripts(html);
  if (scripts.length === 0) throw new Error('the built index.html loads no module script');
  let raw = 0;
  let gz = 0;
  for (const src of scripts) {
    const bytes = readFileSync(join(args.outDir, src));
    raw += bytes.length;
    gz += gzipSync(bytes, { level: 9 }).length;
  }
  return {
    renderer_initial_js_gzip: figure(
      'renderer initial JS, gzipped',
      gz / 1024,
      'KB',
      null,
      { max: 350 },
      `${scripts.length} file(s), ${(raw / 1024).toFixed(0)} KB before gzip`,
    ),
  };
}
