import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { mkdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ROOT, buildMainInto, scratchDir } from './scratch';

/**
 * `npm start` and `npm run serve` as built: the bundles run from a scratch copy of the app (our
 * package.json, data and node_modules linked, a stand-in renderer), where the Electron runtime is not
 * installed, as on this machine.
 */
let app: string;
let children: ChildProcess[] = [];

beforeAll(async () => {
  app = await scratchDir('cea-launch-');
  await buildMainInto(join(app, 'dist', 'electron'));
  await mkdir(join(app, 'dist', 'renderer'), { recursive: true });
  await writeFile(join(app, 'dist', 'renderer', 'index.html'), '<!doctype html><title>CEA stand-in</title>');
  await writeFile(join(app, 'package.json'), await readFile(join(ROOT, 'package.json')));
  await symlink(join(ROOT, 'node_modules'), join(app, 'node_modules'), 'dir');
  await symlink(join(ROOT, 'data'), join(app, 'data'), 'dir');
}, 120_000);

afterEach(() => {
  for (const child of children) child.kill('SIGTERM');
  children = [];
});

afterAll(async () => {
  await rm(app, { recursive: true, force: true });
});

/** Starts an entry and resolves with its stdout lines once it prints the URL. */
function start(
  entry: string,
  args: string[],
  env: NodeJS.ProcessEnv = {},
): Promise<{ lines: string[]; url: string; stop: () => Promise<void> }> {
  const child = spawn(process.execPath, [join(app, 'dist', 'electron', entry), ...args], {
    cwd: app,
    env: { ...process.env, ELECTRON_OVERRIDE_DIST_PATH: '', CEA_DB: '', ...env },
  });
  children.push(child);
  const stop = () =>
    new Promise<void>((done) => {
      child.once('exit', () => done());
      child.kill('SIGTERM');
    });
  return new Promise((resolve, reject) => {
    let out = '';
    let err = '';
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const url = /Open (http:\/\/127\.0\.0\.1:\d+\/#token=[\w-]+)/.exec(out)?.[1];
      if (url) resolve({ lines: out.trim().split('\n'), url, stop });
    });
    child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
    child.on('exit', (code) => reject(new Error(`${entry} exited ${code}: ${err}`)));
  });
}

async function programmes(url: string) {
  const [base, token] = url.split('/#token=') as [string, string];
  const res = await fetch(`${base}/api/programmes.list`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
    body: '{}',
  });
  return (await res.json()) as { ok: boolean; data: { id: string }[] };
}

describe('entry points', () => {
  it('npm start without the Electron runtime says so in one line and serves browser mode', async () => {
    const db = join(app, 'start.json');
    const { lines, url } = await start('launch.mjs', ['--db', db]);
    expect(lines[0]).toBe('Electron runtime not installed; starting browser mode');
    expect(lines.filter((l) => /Electron/.test(l))).toHaveLength(1);
    const reply = await programmes(url);
    expect(reply.ok).toBe(true);
    expect(reply.data[0]?.id).toBe('2020-2021');
    expect(JSON.parse(await readFile(db, 'utf8'))).toMatchObject({ format: 'cea-programme-tracker' });
  }, 60_000);

  it('npm start and npm run serve open the same database file by default', async () => {
    const config = join(app, 'config');
    const expected = join(config, 'CEA Programme Tracker', 'cea-tracker.json');
    const viaStart = await start('launch.mjs', [], { XDG_CONFIG_HOME: config });
    expect(viaStart.lines).toContain(`CEA Programme Tracker (browser mode), database ${expected}`);
    await viaStart.stop();
    const viaServe = await start('serve.mjs', [], { XDG_CONFIG_HOME: config });
    expect(viaServe.lines).toContain(`CEA Programme Tracker (browser mode), database ${expected}`);
  }, 60_000);

  it('npm run serve serves the renderer and the API on the database it is given', async () => {
    const db = join(app, 'serve.json');
    const { url } = await start('serve.mjs', ['--db', db]);
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/#token=[\w-]{43}$/);
    expect((await programmes(url)).ok).toBe(true);
    const html = await fetch(url.split('#')[0] ?? '');
    expect(await html.text()).toContain('CEA stand-in');
  }, 60_000);
});
