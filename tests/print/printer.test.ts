import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { embeddedFontCss } from '../../electron/print/fonts';
import type { PdfPrinter } from '../../electron/print/printer';
import { LINKED_FONT_CSS } from '../../shared/font';
import { AppFailure } from '../../shared/errors';
import type { Paper } from '../../shared/report/paper';
import { harness } from '../handlers/harness';
import type { Harness } from '../handlers/harness';

/** Bytes no Chromium would make, so only the injected printer can have produced them. */
const FAKE_PDF = Buffer.from('%PDF-1.7\nfake sheet\n%%EOF\n');

describe('sheet.pdf chooses its printer from the handler context', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await harness();
  });
  afterAll(async () => {
    await h.close();
  });
  afterEach(() => {
    delete h.ctx.printPdf;
    vi.unstubAllEnvs();
  });

  it("prints with the injected printer (the desktop app passes Electron's) when the context has one", async () => {
    const printed: { html: string; paper: Paper }[] = [];
    // The harness's handlers read this very context object, so setting the printer here reaches them.
    h.ctx.printPdf = (async (html, paper) => {
      printed.push({ html, paper });
      return FAKE_PDF;
    }) satisfies PdfPrinter;
    // A browser that cannot exist: were the local Chromium asked, the call would fail.
    vi.stubEnv('CEA_CHROMIUM', '/nonexistent/cea-test-chromium');
    const pdf = await h.ok('sheet.pdf', { groupId: '2020-2021/X', lang: 'en', paper: 'letter' });
    expect(Buffer.from(pdf.base64, 'base64').equals(FAKE_PDF)).toBe(true);
    expect(pdf).toMatchObject({ mimeType: 'application/pdf', fileName: 'group-X-sheet.pdf' });
    expect(printed).toHaveLength(1);
    expect(printed[0]?.paper).toBe('letter');
    // The very document the preview shows, laid out for the paper asked for, with the font it links inside it.
    const { html } = await h.ok('sheet.html', { groupId: '2020-2021/X', lang: 'en', paper: 'letter' });
    expect(html).toContain(LINKED_FONT_CSS);
    expect(printed[0]?.html).toBe(html.replace(LINKED_FONT_CSS, await embeddedFontCss()));
    expect(html).toContain('size: letter portrait');
  });

  it('falls back to the locally installed Chromium without one (browser mode, CLI)', async () => {
    vi.stubEnv('CEA_CHROMIUM', '/nonexistent/cea-test-chromium');
    expect(await h.err('sheet.pdf', { groupId: '2020-2021/X', lang: 'en', paper: 'a4' })).toMatchObject({
      code: 'NO_CHROMIUM',
      i18nKey: 'sheets:errors.noChromium',
      details: { paths: '/nonexistent/cea-test-chromium' },
    });
  });

  it("passes the printer's failure on as the translatable error it raised", async () => {
    h.ctx.printPdf = async () => {
      throw new AppFailure({
        code: 'PDF_FAILED',
        i18nKey: 'sheets:errors.pdfFailed',
        details: { message: 'render process gone' },
      });
    };
    expect(await h.err('sheet.pdf', { groupId: '2020-2021/X', lang: 'es', paper: 'a4' })).toMatchObject({
      code: 'PDF_FAILED',
      i18nKey: 'sheets:errors.pdfFailed',
    });
  });
});
