import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { isBuiltin } from 'node:module';
import { pathToFileURL } from 'node:url';
import { readFile } from 'node:fs/promises';
import type { MenuEvent } from '../../shared/api/bridge';
import { electronBinary } from '../../electron/host/electronRuntime';
import { buildMailto, sanitizeMailto } from '../../electron/mailto';
import { menuTemplate } from '../../electron/menu';
import type { MenuItem } from '../../electron/menu';
import { buildMainInto, scratchDir } from './scratch';

describe('mailto links', () => {
  it('builds one address with an encoded subject and body', () => {
    expect(buildMailto({ to: 'cea@cepal.org', subject: 'Paquete COL', body: 'Adjunto & saludos' })).toBe(
      'mailto:cea@cepal.org?subject=Paquete%20COL&body=Adjunto%20%26%20saludos',
    );
    expect(buildMailto({ to: 'a@b.co,c@d.co', subject: '', body: '' })).toBeNull();
  });

  it('lets through only what it would have built itself', () => {
    expect(sanitizeMailto('mailto:cea@cepal.org?subject=Hola&body=Texto')).toBe(
      'mailto:cea@cepal.org?subject=Hola&body=Texto',
    );
    for (const url of [
      'https://evil.example',
      'file:///etc/passwd',
      'mailto:a@b.co?attach=/etc/passwd',
      'mailto:a@b.co,c@d.co',
      'mailto:a@b.co?cc=x@y.co',
      'javascript:alert(1)',
      'not a url',
    ]) {
      expect(sanitizeMailto(url), url).toBeNull();
    }
  });
});

describe('native menu', () => {
  const find = (items: MenuItem[], label: string): MenuItem | undefined => {
    for (const item of items) {
      if (item.label === label) return item;
      const inner = item.submenu && find(item.submenu, label);
      if (inner) return inner;
    }
    return undefined;
  };

  it("offers File, View and Help in the user's language and sends each action as a typed event", () => {
    const events: MenuEvent[] = [];
    const menu = menuTemplate('es', (e) => events.push(e), { version: '0.1.0', dataFolder: '/data' });
    expect(menu.map((m) => m.label)).toEqual(['Archivo', 'Ver', 'Ayuda']);
    find(menu, 'Importar paquete…')?.click?.();
    find(menu, 'Exportar paquete…')?.click?.();
    find(menu, 'Imprimir hoja de estado…')?.click?.();
    find(menu, 'Français')?.click?.();
    find(menu, 'Acerca de CEA Programme Tracker')?.click?.();
    expect(events).toEqual([
      { type: 'import-bundle' },
      { type: 'export-bundle' },
      { type: 'print-status-sheet' },
      { type: 'set-language', lang: 'fr' },
      { type: 'about', version: '0.1.0', dataFolder: '/data' },
    ]);
    expect(find(menu, 'Salir')?.role).toBe('quit');
    expect(find(menu, 'Español')?.checked).toBe(true);
    expect(menuTemplate('en', () => undefined, { version: '', dataFolder: '' }).map((m) => m.label)).toEqual([
      'File',
      'View',
      'Help',
    ]);
  });
});

describe('finding the Electron runtime', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await scratchDir('cea-runtime-');
    await mkdir(join(dir, 'node_modules', 'electron', 'dist'), { recursive: true });
    await writeFile(
      join(dir, 'node_modules', 'electron', 'package.json'),
      '{"name":"electron","main":"index.js"}',
    );
    // An index.js that would "download" if it were ever required: the check must not run it.
    await writeFile(
      join(dir, 'node_modules', 'electron', 'index.js'),
      "require('fs').writeFileSync(__dirname + '/REQUIRED', '');",
    );
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });
  const from = () => pathToFileURL(join(dir, 'launch.mjs')).href;

  it('is null when the runtime was never downloaded, without requiring the package', async () => {
    expect(electronBinary(from(), {})).toBeNull();
    await expect(readFile(join(dir, 'node_modules', 'electron', 'REQUIRED'))).rejects.toThrow();
  });

  it('is null when path.txt names a binary that is not there, and the path when it is', async () => {
    await writeFile(join(dir, 'node_modules', 'electron', 'path.txt'), 'electron');
    expect(electronBinary(from(), {})).toBeNull();
    await writeFile(join(dir, 'node_modules', 'electron', 'dist', 'electron'), '');
    expect(electronBinary(from(), {})).toBe(join(dir, 'node_modules', 'electron', 'dist', 'electron'));
  });

  it('is null where there is no electron package at all', async () => {
    const empty = await scratchDir('cea-noelectron-');
    expect(electronBinary(pathToFileURL(join(empty, 'x.mjs')).href, {})).toBeNull();
    await rm(empty, { recursive: true, force: true });
  });
});

describe('main-process bundles', () => {
  it('leave the sandboxed preload nothing to require but electron, and main nothing but electron and node builtins', async () => {
    const out = await scratchDir('cea-build-');
    await buildMainInto(out);
    const requires = (text: string) => new Set([...text.matchAll(/require\("([^"]+)"\)/g)].map((m) => m[1]));
    expect(requires(await readFile(join(out, 'preload.cjs'), 'utf8'))).toEqual(new Set(['electron']));
    for (const id of requires(await readFile(join(out, 'main.cjs'), 'utf8')))
      expect(id === 'electron' || isBuiltin(id ?? ''), id).toBe(true);
    await rm(out, { recursive: true, force: true });
  });
});
