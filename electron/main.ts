import { app, BrowserWindow, ipcMain, Menu, protocol, session, shell } from 'electron';
import type { IpcMainInvokeEvent, WebContents } from 'electron';
import { dirname, join } from 'node:path';
import { IPC_INVOKE, IPC_MENU } from '../shared/api/bridge';
import type { MenuEvent } from '../shared/api/bridge';
import { fail } from '../shared/errors';
import { LANGS } from '../shared/model/text';
import type { Lang } from '../shared/model/text';
import type { Paper } from '../shared/report/paper';
import { defaultContext } from './handlers/defaultContext';
import { appInfo } from './host/appInfo';
import { SECURITY_HEADERS } from './host/headers';
import { startSession } from './host/session';
import { staticFile } from './host/staticFiles';
import { revealSavedBundle } from './downloads';
import { sanitizeMailto } from './mailto';
import { menuTemplate } from './menu';
import { defaultDataDir, resolveDbPath } from './store';

/** The app is served from app://cea/, never file://: a file URL would give the page the whole disk as its origin. */
const SCHEME = 'app';
const APP_HOST = 'cea';
const START_URL = `${SCHEME}://${APP_HOST}/index.html`;

protocol.registerSchemesAsPrivileged([
  { scheme: SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
]);

let mainWindow: BrowserWindow | null = null;

function isAppUrl(url: string): boolean {
  try {
    const u = new URL(url);
    // Node gives non-special schemes an opaque origin ("null"), so compare scheme and host instead.
    return u.protocol === `${SCHEME}:` && u.host === APP_HOST;
  } catch {
    return false;
  }
}

/** Only our one window's top frame, showing our own pages, may call the handlers. */
function fromOurWindow(event: IpcMainInvokeEvent): boolean {
  const frame = event.senderFrame;
  // `parent === null`: the top frame, not an iframe the page might embed.
  return (
    mainWindow !== null &&
    event.sender === mainWindow.webContents &&
    frame !== null &&
    frame.parent === null &&
    isAppUrl(frame.url)
  );
}

function serveRenderer(rendererDir: string) {
  protocol.handle(SCHEME, async (request) => {
    const url = new URL(request.url);
    const file = url.host === APP_HOST ? await staticFile(rendererDir, url.pathname) : null;
    if (!file) return new Response('Not found', { status: 404, headers: SECURITY_HEADERS });
    return new Response(new Uint8Array(file.body), {
      status: 200,
      headers: { ...SECURITY_HEADERS, 'Content-Type': file.type },
    });
  });
}

/** Rules for every web contents the app ever creates: no new windows, no navigation away, no webviews. */
function lockDown(contents: WebContents) {
  contents.setWindowOpenHandler(({ url }) => {
    const mailto = sanitizeMailto(url);
    if (mailto !== null) void shell.openExternal(mailto);
    return { action: 'deny' };
  });
  contents.on('will-navigate', (event) => {
    if (!isAppUrl(event.url)) event.preventDefault();
  });
  contents.on('will-redirect', (event) => {
    if (!isAppUrl(event.url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
}

/**
 * Every window the app makes goes through here, so none can miss a setting: isolated, sandboxed,
 * without Node, with web security, hidden until shown. Only the page's preload and scripts vary.
 */
function secureWindow(
  width: number,
  height: number,
  page: { preload?: string; javascript: boolean },
): BrowserWindow {
  return new BrowserWindow({
    width,
    height,
    show: false,
    webPreferences: {
      ...page,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
    },
  });
}

function createWindow(preload: string): BrowserWindow {
  const win = secureWindow(1280, 860, { preload, javascript: true });
  win.once('ready-to-show', () => win.show());
  void win.loadURL(START_URL);
  return win;
}

/** Fallback for the printer's own page size; the sheet's @page rule wins (preferCSSPageSize). */
const PDF_PAGE_SIZE = { a4: 'A4', letter: 'Letter' } as const satisfies Record<Paper, string>;

/**
 * Prints with Electron's own Chromium, so the desktop app needs no browser installed. The sheet is a
 * static document: its hidden window runs no scripts and has no preload, hence no bridge to the handlers.
 * It is loaded as a data: URL rather than through app://, so it never shares the app's origin; loadURL is
 * not a page-initiated navigation, and the lock-down still refuses any navigation the sheet itself starts.
 */
async function printWithElectron(html: string, paper: Paper): Promise<Buffer> {
  const win = secureWindow(794, 1123, { javascript: false });
  try {
    await win.loadURL(`data:text/html;charset=utf-8;base64,${Buffer.from(html, 'utf8').toString('base64')}`);
    return await win.webContents.printToPDF({
      preferCSSPageSize: true,
      printBackground: true,
      pageSize: PDF_PAGE_SIZE[paper],
    });
  } catch (e) {
    return fail('PDF_FAILED', 'sheets:errors.pdfFailed', {
      message: e instanceof Error ? e.message : String(e),
    });
  } finally {
    // destroy, not close: nothing in the page may delay or cancel closing a window nobody sees.
    win.destroy();
  }
}

function setMenu(lang: Lang, about: { version: string; dataFolder: string }) {
  const emit = (event: MenuEvent) => {
    // The main process follows the language the user picks, so the menus speak it too.
    if (event.type === 'set-language') setMenu(event.lang, about);
    mainWindow?.webContents.send(IPC_MENU, event);
  };
  Menu.setApplicationMenu(Menu.buildFromTemplate(menuTemplate(lang, emit, about)));
}

function systemLang(): Lang {
  const code = app.getLocale().slice(0, 2);
  return (LANGS as readonly string[]).includes(code) ? (code as Lang) : 'es';
}

async function start(): Promise<void> {
  const { version, rendererDir } = appInfo();
  const ctx = { ...defaultContext(version), printPdf: printWithElectron };
  // A database that cannot be opened still starts the window, in recovery mode: the renderer names the
  // problem and offers a backup or another file; the menu follows the database once one is open.
  const opened = await startSession({
    file: resolveDbPath(process.argv.slice(1), process.env, defaultDataDir()),
    ctx,
    onRecovered: (store) =>
      setMenu(store.read().identity?.lang ?? systemLang(), { version, dataFolder: dirname(store.file) }),
  });
  // Stays the same function after recovery: it forwards to whichever handlers are current.
  const { dispatch } = opened;

  session.defaultSession.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.defaultSession.setPermissionCheckHandler(() => false);
  session.defaultSession.on('will-download', (_event, item) =>
    revealSavedBundle(item, (path) => shell.showItemInFolder(path)),
  );
  serveRenderer(rendererDir);

  ipcMain.handle(IPC_INVOKE, (event, method: unknown, input: unknown) => {
    if (!fromOurWindow(event))
      return { ok: false, error: { code: 'forbidden', i18nKey: 'errors:forbidden' } };
    return dispatch(method, input);
  });

  setMenu(opened.store()?.read().identity?.lang ?? systemLang(), {
    version,
    dataFolder: dirname(opened.file()),
  });
  mainWindow = createWindow(join(__dirname, 'preload.cjs'));
  mainWindow.on('closed', () => {
    mainWindow = null;
  });
  // Closing folds the session's journal into the database file and releases the lock: Electron
  // would quit before that finished, so quitting waits for it once and then goes ahead.
  let closing = false;
  app.on('will-quit', (event) => {
    if (closing) return;
    closing = true;
    event.preventDefault();
    void opened.close().finally(() => app.quit());
  });
}

// A second copy on the same database would fight over the file: hand over to the first one instead.
if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });
  app.on('web-contents-created', (_event, contents) => lockDown(contents));
  app.on('window-all-closed', () => app.quit());
  void app.whenReady().then(start);
}
