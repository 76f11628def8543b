import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { fail } from '../../shared/errors';

/** Where Chromium or Chrome usually lives on each platform; CEA_CHROMIUM overrides them all. */
export function chromiumCandidates(platform: NodeJS.Platform, env: NodeJS.ProcessEnv): string[] {
  const fromEnv = env.CEA_CHROMIUM ? [env.CEA_CHROMIUM] : [];
  if (platform === 'win32') {
    const roots = [env.PROGRAMFILES, env['PROGRAMFILES(X86)'], env.LOCALAPPDATA].filter(
      (r): r is string => !!r,
    );
    return [
      ...fromEnv,
      ...roots.flatMap((r) => [
        join(r, 'Google', 'Chrome', 'Application', 'chrome.exe'),
        join(r, 'Chromium', 'Application', 'chrome.exe'),
        join(r, 'Microsoft', 'Edge', 'Application', 'msedge.exe'),
      ]),
    ];
  }
  if (platform === 'darwin') {
    return [
      ...fromEnv,
      '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
      '/Applications/Chromium.app/Contents/MacOS/Chromium',
      '/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge',
    ];
  }
  return [
    ...fromEnv,
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome',
    '/usr/bin/google-chrome-stable',
    '/snap/bin/chromium',
  ];
}

/**
 * The browser to print with. When CEA_CHROMIUM is set it must exist: silently falling back to another
 * browser would hide a typo in the setting.
 */
export function findChromium(
  platform: NodeJS.Platform = process.platform,
  env: NodeJS.ProcessEnv = process.env,
  exists: (p: string) => boolean = existsSync,
): string {
  const candidates = env.CEA_CHROMIUM ? [env.CEA_CHROMIUM] : chromiumCandidates(platform, env);
  const found = candidates.find(exists);
  if (!found) fail('NO_CHROMIUM', 'sheets:errors.noChromium', { paths: candidates.join(', ') });
  return found;
}

function run(
  cmd: string,
  args: string[],
  timeoutMs: number,
): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => {
      stderr = (stderr + d.toString()).slice(-4000);
    });
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.on('error', (e) => {
      clearTimeout(timer);
      reject(e);
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stderr });
    });
  });
}

/**
 * Prints an HTML document to PDF with headless Chromium. The page size and margins come from the
 * document's @page rule; Chromium's own header and footer are turned off because the sheet numbers its
 * pages itself.
 */
export async function htmlToPdf(
  html: string,
  outFile: string,
  chromium: string = findChromium(),
): Promise<void> {
  const dir = await mkdtemp(join(tmpdir(), 'cea-print-'));
  try {
    const input = join(dir, 'sheet.html');
    await writeFile(input, html, 'utf8');
    const args = [
      '--headless',
      '--disable-gpu',
      '--no-sandbox',
      '--no-first-run',
      '--disable-extensions',
      '--no-pdf-header-footer',
      `--user-data-dir=${join(dir, 'profile')}`,
      `--print-to-pdf=${outFile}`,
      pathToFileURL(input).href,
    ];
    const { code, stderr } = await run(chromium, args, 90_000).catch((e: unknown) =>
      fail('CHROMIUM_FAILED', 'sheets:errors.chromiumFailed', { message: (e as Error).message }),
    );
    const made = await stat(outFile).then(
      (s) => s.size > 0,
      () => false,
    );
    if (code !== 0 || !made)
      fail('CHROMIUM_FAILED', 'sheets:errors.chromiumFailed', {
        message: stderr.trim().split('\n').slice(-3).join(' ') || `exit ${code}`,
      });
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** The PDF as bytes, for callers that hand it on (the API) rather than write it where the user chose. */
export async function htmlToPdfBuffer(html: string, chromium: string = findChromium()): Promise<Buffer> {
  const dir = await mkdtemp(join(tmpdir(), 'cea-pdf-'));
  try {
    const out = join(dir, 'out.pdf');
    await htmlToPdf(html, out, chromium);
    return await readFile(out);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
