import { listPackage } from '@electron/asar';
import { chmod, cp, mkdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { FONT_FILES, FONT_FOLDER } from '../../shared/font';
import { ROOT, buildMainInto, run, scratchDir } from './scratch';

/**
 * The Electron runtime cannot be downloaded here, so electron-builder packages against a stand-in
 * `electronDist`: a folder holding an `electron` "binary" that is a shell script carrying Electron's
 * fuse wire (sentinel, version 1, eight fuses at Electron's defaults). electron-builder copies it,
 * renames it, flips its fuses and writes app.asar beside it, exactly as it would with the real runtime.
 * The project is a scratch copy (same package.json, data and node_modules) so the shared dist/ is untouched;
 * bait files (a source map, TypeScript sources, a test) check that the file patterns keep them out.
 */
const SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
const DEFAULT_FUSES = '10111001';
const FUSE_ORDER = [
  'runAsNode',
  'enableCookieEncryption',
  'enableNodeOptionsEnvironmentVariable',
  'enableNodeCliInspectArguments',
  'enableEmbeddedAsarIntegrityValidation',
  'onlyLoadAppFromAsar',
  'loadBrowserProcessSpecificV8Snapshot',
  'grantFileProtocolExtraPrivileges',
] as const;

interface Pkg {
  name: string;
  devDependencies: Record<string, string>;
  build: Record<string, unknown> & { electronFuses: Record<string, boolean> };
}

let files: string[];
let binary: Buffer;
let pkg: Pkg;
let work: string;

beforeAll(async () => {
  work = await scratchDir('cea-pack-');
  const project = join(work, 'project');
  const stub = join(work, 'electron-dist');
  const out = join(work, 'out');
  pkg = JSON.parse(await readFile(join(ROOT, 'package.json'), 'utf8')) as Pkg;
  const electronVersion = (
    JSON.parse(await readFile(join(ROOT, 'node_modules', 'electron', 'package.json'), 'utf8')) as {
      version: string;
    }
  ).version;

  await mkdir(join(project, 'dist', 'renderer', 'assets'), { recursive: true });
  await mkdir(join(project, 'tests'), { recursive: true });
  await mkdir(stub, { recursive: true });
  await writeFile(
    join(project, 'package.json'),
    JSON.stringify({ ...pkg, build: { ...pkg.build, electronVersion } }, null, 2),
  );
  await symlink(join(ROOT, 'node_modules'), join(project, 'node_modules'), 'dir');
  await cp(join(ROOT, 'data'), join(project, 'data'), { recursive: true });
  await buildMainInto(join(project, 'dist', 'electron'));
  await writeFile(join(project, 'dist', 'renderer', 'index.html'), '<!doctype html><title>CEA</title>');
  // The fonts as the renderer build (npm test builds first) put them, so a build that lost them fails here.
  await cp(join(ROOT, 'dist', 'renderer', FONT_FOLDER), join(project, 'dist', 'renderer', FONT_FOLDER), {
    recursive: true,
  });
  await writeFile(join(project, 'dist', 'renderer', 'assets', 'app.js'), 'void 0;');
  await writeFile(join(project, 'dist', 'renderer', 'assets', 'app.js.map'), '{}');
  await writeFile(join(project, 'data', 'notes.ts'), 'export {};');
  await writeFile(join(project, 'tests', 'bait.test.ts'), 'export {};');
  await writeFile(
    join(stub, 'electron'),
    `#!/bin/sh\n# ${SENTINEL}\x01\x08${DEFAULT_FUSES}\necho stand-in\n`,
    'latin1',
  );
  await chmod(join(stub, 'electron'), 0o755);

  await run(
    process.execPath,
    [
      join(ROOT, 'node_modules', 'electron-builder', 'cli.js'),
      '--linux',
      'dir',
      '--x64',
      `-c.electronDist=${stub}`,
      `-c.directories.output=${out}`,
    ],
    { cwd: project, env: { ...process.env, CI: '1' }, maxBuffer: 64 * 1024 * 1024 },
  );
  const unpacked = join(out, 'linux-unpacked');
  files = listPackage(join(unpacked, 'resources', 'app.asar'), { isPack: false });
  binary = await readFile(join(unpacked, pkg.name));
}, 300_000);

afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

describe('the packaged app (linux --dir against a stand-in Electron)', () => {
  it('holds the bundles, the renderer, the seed data and package.json', () => {
    for (const f of [
      '/package.json',
      '/dist/electron/main.cjs',
      '/dist/electron/preload.cjs',
      '/dist/renderer/index.html',
      '/data/programmes/2020-2021/programme.json',
      '/data/countries.json',
    ]) {
      expect(files).toContain(f);
    }
    expect(new Set(files.map((f) => f.split('/')[1]))).toEqual(new Set(['package.json', 'dist', 'data']));
  });

  it("holds the app's font files and their licence, where the screens and the print code look for them", () => {
    for (const { file } of FONT_FILES) expect(files).toContain(`/dist/renderer/${FONT_FOLDER}/${file}`);
    expect(files).toContain(`/dist/renderer/${FONT_FOLDER}/OFL.txt`);
  });

  it('holds no tests, no sources, no source maps and no node_modules (so no dev dependency)', () => {
    expect(files.filter((f) => /\.(ts|tsx|map)$/.test(f))).toEqual([]);
    expect(files.filter((f) => f.startsWith('/tests') || f.includes('/tests/'))).toEqual([]);
    expect(files.filter((f) => f.includes('node_modules'))).toEqual([]);
    expect(files.filter((f) => /launch\.mjs|serve\.mjs/.test(f))).toEqual([]);
    for (const dev of Object.keys(pkg.devDependencies))
      expect(
        files.some((f) => f.includes(`/node_modules/${dev}/`)),
        dev,
      ).toBe(false);
  });

  it('flips the Electron fuses as configured', () => {
    const at = binary.indexOf(SENTINEL) + SENTINEL.length;
    expect(binary[at]).toBe(1);
    const wire = binary.subarray(at + 2, at + 2 + (binary[at + 1] ?? 0)).toString('latin1');
    const state = Object.fromEntries(FUSE_ORDER.map((name, i) => [name, wire[i] === '1']));
    expect(state).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false,
    });
    expect(state).toMatchObject(pkg.build.electronFuses);
  });
});
