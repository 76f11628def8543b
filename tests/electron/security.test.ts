import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { CSP, SECURITY_HEADERS } from '../../electron/host/headers';
import { ROOT } from './scratch';
import { count, entrySource } from './source';

/**
 * Electron's security checklist, asserted from the source: no maintained linter checks these, and the
 * Electron runtime is not available here to probe a live window.
 */
let main: string;
let preload: string;
let build: Record<string, unknown>;

beforeAll(async () => {
  main = await entrySource('main.ts');
  preload = await entrySource('preload.ts');
  build = (
    JSON.parse(await readFile(join(ROOT, 'package.json'), 'utf8')) as { build: Record<string, unknown> }
  ).build;
});

describe('electron/main.ts', () => {
  it('makes every window in one place, isolated, sandboxed, without Node, with web security; the user sees one', () => {
    expect(count(main, /new BrowserWindow\(/)).toBe(1);
    // The app's one visible window, and the hidden one Save as PDF prints in (no JavaScript, no preload).
    expect(count(main, /secureWindow\(\d+, \d+, \{ preload, javascript: true \}\)/)).toBe(1);
    expect(count(main, /secureWindow\(\d+, \d+, \{ javascript: false \}\)/)).toBe(1);
    expect(count(main, /secureWindow\(/)).toBe(3);
    expect(main).toMatch(/contextIsolation:\s*true/);
    expect(main).toMatch(/sandbox:\s*true/);
    expect(main).toMatch(/nodeIntegration:\s*false/);
    expect(main).toMatch(/webSecurity:\s*true/);
    expect(main).toMatch(/webviewTag:\s*false/);
    expect(main).not.toMatch(
      /allowRunningInsecureContent:\s*true|contextIsolation:\s*false|sandbox:\s*false|nodeIntegration:\s*true|webSecurity:\s*false/,
    );
  });

  it('serves the app from a privileged custom protocol with the CSP, never from file://', () => {
    expect(main).toMatch(
      /registerSchemesAsPrivileged\(\[\{ scheme: SCHEME, privileges: \{ standard: true, secure: true/,
    );
    expect(main).toMatch(/protocol\.handle\(SCHEME,/);
    expect(main).toMatch(/const SCHEME = 'app'/);
    expect(main).toMatch(/loadURL\(START_URL\)/);
    expect(main).not.toMatch(/file:\/\/|loadFile\(/);
    expect(count(main, /headers: \{ \.\.\.SECURITY_HEADERS/)).toBe(1);
    expect(SECURITY_HEADERS['Content-Security-Policy']).toBe(CSP);
    expect(CSP).toContain("script-src 'self'");
    expect(CSP).toContain("default-src 'self'");
    expect(CSP).toContain("frame-ancestors 'none'");
    expect(CSP).not.toMatch(/unsafe-eval|script-src[^;]*unsafe-inline/);
  });

  it('denies permission requests and checks', () => {
    expect(main).toMatch(
      /setPermissionRequestHandler\(\(_contents, _permission, callback\) => callback\(false\)\)/,
    );
    expect(main).toMatch(/setPermissionCheckHandler\(\(\) => false\)/);
  });

  it('denies new windows and navigation away (checked with a URL parser), for every web contents', () => {
    expect(main).toMatch(/app\.on\('web-contents-created', \(_event, contents\) => lockDown\(contents\)\)/);
    expect(main).toMatch(/setWindowOpenHandler\([\s\S]*?return \{ action: 'deny' \};/);
    expect(main).not.toMatch(/action: 'allow'/);
    expect(main).toMatch(
      /on\('will-navigate', \(event\) => \{\s*if \(!isAppUrl\(event\.url\)\) event\.preventDefault\(\);/,
    );
    expect(main).toMatch(/on\('will-attach-webview', \(event\) => event\.preventDefault\(\)\)/);
    expect(main).toMatch(/function isAppUrl[\s\S]*?new URL\(url\)/);
  });

  it('opens externally only a mailto: link it rebuilt itself', () => {
    expect(count(main, /shell\.openExternal\(/)).toBe(1);
    expect(main).toMatch(
      /const mailto = sanitizeMailto\(url\);\s*if \(mailto !== null\) void shell\.openExternal\(mailto\);/,
    );
  });

  it("handles one IPC channel, only from our window's top frame on app://", () => {
    expect(count(main, /ipcMain\.(handle|on|once|handleOnce)\(/)).toBe(1);
    expect(main).toMatch(
      /ipcMain\.handle\(IPC_INVOKE, \(event, method: unknown, input: unknown\) => \{\s*if \(!fromOurWindow\(event\)\)/,
    );
    expect(main).toMatch(/event\.sender === mainWindow\.webContents/);
    expect(main).toMatch(/frame !== null && frame\.parent === null && isAppUrl\(frame\.url\)/);
    expect(main).toMatch(/return dispatch\(method, input\)/);
  });

  it('holds a single-instance lock', () => {
    expect(main).toMatch(/if \(!app\.requestSingleInstanceLock\(\)\) \{\s*app\.quit\(\);/);
  });
});

describe('electron/preload.ts', () => {
  it('exposes only window.cea, typed against the contract, refusing methods outside it', () => {
    expect(count(preload, /exposeInMainWorld\(/)).toBe(1);
    expect(preload).toMatch(/contextBridge\.exposeInMainWorld\('cea', bridge\)/);
    expect(preload).toMatch(/\} satisfies CeaBridge;/);
    expect(preload).toMatch(/if \(!isMethod\(method\)\)/);
    expect(preload).toMatch(/ipcRenderer\.invoke\(IPC_INVOKE, method, input\)/);
    expect(preload).not.toMatch(/ipcRenderer\.send\(|exposeInMainWorld\([^)]*ipcRenderer/);
  });
});

describe('electron-builder configuration', () => {
  it('sets the fuses: no run-as-node, NODE_OPTIONS or inspect; asar integrity and asar-only loading', () => {
    expect(build.asar).toBe(true);
    expect(build.electronFuses).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
    });
  });

  it('builds a per-user NSIS installer without elevation, a dmg, an AppImage and a deb', () => {
    expect(build.win).toMatchObject({ target: ['nsis'] });
    expect(build.nsis).toMatchObject({ oneClick: false, perMachine: false, allowElevation: false });
    expect(build.mac).toMatchObject({ target: ['dmg'] });
    expect(build.linux).toMatchObject({ target: ['AppImage', 'deb'] });
    expect(build.files).toEqual(expect.arrayContaining(['!**/*.map', '!**/*.ts', '!node_modules${/*}']));
  });
});
