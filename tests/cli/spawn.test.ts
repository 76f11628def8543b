import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';

const ROOT = join(import.meta.dirname, '..', '..');
let dir: string;
let bundle: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'cea-cli-spawn-'));
  bundle = join(dir, 'cli.mjs');
  await build({
    entryPoints: [join(ROOT, 'electron', 'cli', 'index.ts')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    outfile: bundle,
    logLevel: 'error',
    // Some bundled CommonJS libraries (react-dom/server, used by the print commands) call require().
    banner: {
      js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);",
    },
  });
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function run(args: string[]) {
  return spawnSync(process.execPath, [bundle, ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { PATH: process.env.PATH, HOME: dir },
  });
}

it('exits 0 on success and 1 with one line and no stack trace on bad input', () => {
  const db = join(dir, 'db.json');
  const ok = run([
    'init',
    '--role',
    'secretariat',
    '--name',
    'CEPAL',
    '--email',
    'stats@cepal.org',
    '--db',
    db,
  ]);
  expect(ok.status, ok.stderr).toBe(0);
  const list = run(['programmes', '--db', db]);
  expect(list.status).toBe(0);
  expect(list.stdout).toContain('2020-2021\tLC/CEA.10/5');
  const bad = run(['groups', '--programme', 'nope', '--db', db]);
  expect(bad.status).toBe(1);
  expect(bad.stdout).toBe('');
  // No LANG and a secretariat that chose no language: the app's default, Spanish.
  expect(bad.stderr).toBe('Programa desconocido «nope». Programas: 2009-2011, 2012-2013, 2020-2021.\n');
});
