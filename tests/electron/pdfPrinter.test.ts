import { count, entrySource, functionIn } from './source';

/**
 * The desktop app prints sheets with Electron's own Chromium (issue 5). Electron does not run here, so
 * what is checked is the source: the printer reaches the handlers, and its hidden window is locked down.
 */
let main: string;

/** A function of main.ts, up to the brace that closes its body. */
function fn(name: string): string {
  const body = functionIn(main, name);
  if (body === undefined) throw new Error(`main.ts has no function ${name}`);
  return body;
}

beforeAll(async () => {
  main = await entrySource('main.ts');
});

describe('Save as PDF in the desktop app', () => {
  it('hands the handlers a printer built on webContents.printToPDF', () => {
    expect(main).toMatch(
      /const ctx = \{ \.\.\.defaultContext\(version\), printPdf: printWithElectron \};\s[\s\S]*?startSession\(\{[\s\S]*?\bctx,/,
    );
    const printer = fn('printWithElectron');
    expect(printer).toMatch(/^function printWithElectron\(html: string, paper: Paper\): Promise<Buffer>/);
    expect(printer).toMatch(
      /await win\.loadURL\(`data:text\/html;charset=utf-8;base64,\$\{Buffer\.from\(html, 'utf8'\)\.toString\('base64'\)\}`\)/,
    );
    expect(printer).toMatch(
      /return await win\.webContents\.printToPDF\(\{ preferCSSPageSize: true, printBackground: true, pageSize: PDF_PAGE_SIZE\[paper\] \}\)/,
    );
    expect(printer).toMatch(/fail\('PDF_FAILED', 'sheets:errors\.pdfFailed'/);
    expect(printer).toMatch(/finally \{\s*win\.destroy\(\);\s*\}/);
  });

  it('prints in a hidden, sandboxed, isolated window that runs no scripts and has no preload', () => {
    expect(fn('printWithElectron')).toMatch(/const win = secureWindow\(\d+, \d+, \{ javascript: false \}\);/);
    // The one place a window is made: the printer's window gets every setting the main window has.
    expect(count(main, /new BrowserWindow\(/)).toBe(1);
    const secure = fn('secureWindow');
    expect(secure).toContain('new BrowserWindow(');
    for (const setting of [
      /show: false/,
      /sandbox: true/,
      /contextIsolation: true/,
      /nodeIntegration: false/,
      /webSecurity: true/,
    ])
      expect(secure).toMatch(setting);
    // The page's own settings come first, so none of them can override the fixed ones after it.
    expect(secure).toMatch(/webPreferences: \{\s*\.\.\.page,\s*contextIsolation: true/);
    expect(secure).toMatch(/page: \{ preload\?: string; javascript: boolean \}/);
  });
});
