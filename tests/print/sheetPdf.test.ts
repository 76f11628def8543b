import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Paper } from '../../shared/report/paper';
import { htmlToPdf } from '../../electron/print/chromium';
import { embeddedFontCss } from '../../electron/print/fonts';
import { writeActivityReport, writeSheet } from '../../electron/print/jobs';
import { loadSheetRenderer } from '../../electron/print/sheetRenderer';
import type { Lang } from '../../shared/model/text';
import { buildGroupSheet } from '../../shared/report/groupSheet';
import type { ReportSource } from '../../shared/report/source';
import { BODY_PT, MIN_PT } from '../../renderer/sheet/sheetCss';
import { cli } from '../cli/runCli';
import { seedSource, sourceFullyReported, sourceWithX, TODAY } from '../report/fixtures';
import { appFontsOnly, fcList, SYSTEM_FACE } from './appFontsOnly';
import { pdfFonts, pdfPages, pdfPageSize, pdfText, pdfWordSizes } from './poppler';

// Every test here launches Chromium (about a second each): sheets are batched into one document where
// the question is only "does each fit on one page". Every one prints with the app's regular face as
// the machine's only font, so no font this machine happens to have can change a page count.

let dir: string;
let fontsConf: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'cea-pdf-test-'));
  fontsConf = await appFontsOnly(join(dir, 'fontconfig'));
  // The Chromium the print code starts inherits this, the CLI's too (it runs in this process).
  vi.stubEnv('FONTCONFIG_FILE', fontsConf);
});
afterAll(async () => {
  vi.unstubAllEnvs();
  await rm(dir, { recursive: true, force: true });
});

const APP_FACES = ['Arimo-Bold', 'Arimo-BoldItalic', 'Arimo-Italic', 'Arimo-Regular'];

/**
 * Only the app's font is embedded, and its bold too: fontconfig offers Chromium the regular face alone,
 * so a bold face can only have come from the app's own @font-face files.
 */
function expectAppFontOnly(file: string): void {
  const fonts = pdfFonts(file);
  expect(
    fonts.filter((f) => !APP_FACES.includes(f)),
    file,
  ).toEqual([]);
  expect(fonts, file).toEqual(expect.arrayContaining(['Arimo-Regular', 'Arimo-Bold']));
}

/** Readable on paper: nothing printed under MIN_PT (a hundredth of a point for rounding). */
function expectNothingSmall(file: string): void {
  const small = pdfWordSizes(file).filter((w) => w.pt < MIN_PT - 0.01);
  expect(small, file).toEqual([]);
}

/** Long after the biennium: every activity is overdue and carries the extra "overdue" line. */
const LATE = new Date(Date.UTC(2026, 10, 21));

function body(html: string): string {
  return html.slice(html.indexOf('<body>') + '<body>'.length, html.indexOf('</body>'));
}

/** Many sheets in one document, each starting a page: N sheets that each fit give exactly N pages. */
function batch(sheets: string[], fonts: string): string {
  return `<!doctype html><html><head><meta charset="utf-8"><style>${fonts}</style></head><body>${sheets.map((s) => `<div style="break-before: page">${body(s)}</div>`).join('')}</body></html>`;
}

const LANGS: readonly Lang[] = ['es', 'en', 'pt', 'fr'];

describe('the app font', () => {
  it("is the only font fontconfig shows the PDF tests' Chromium", () => {
    expect(fcList(fontsConf)).toEqual([join(dir, 'fontconfig', 'fonts', `${SYSTEM_FACE}.ttf`)]);
  });
});

describe('status sheet PDF', () => {
  it('prints group X on one A4 page, in English, with everything the sheet promises', async () => {
    const out = join(dir, 'x-en-a4.pdf');
    await writeSheet(sourceWithX(), { group: '2020-2021/X', lang: 'en', paper: 'a4', today: TODAY }, out);
    expect(pdfPages(out)).toBe(1);
    expect(pdfPageSize(out)).toMatch(/\(A4\)/);
    expectAppFontOnly(out);
    expectNothingSmall(out);
    // The activity texts are the body of the sheet.
    const body = pdfWordSizes(out).filter((w) => ['Design', 'publication', 'Manual'].includes(w.word));
    expect(body.length).toBeGreaterThan(0);
    for (const w of body) expect(w.pt, w.word).toBeGreaterThanOrEqual(BODY_PT - 0.01);
    const text = pdfText(out);
    for (const expected of [
      'WORKING GROUP STATUS SHEET · LC/CEA.10/5',
      'X. Manual on the design of security and criminal justice statistical systems',
      'public security and justice',
      'Mexico: National Institute of Statistics and Geography',
      'Data as of 31 May 2021 · Printed 15 Jun 2021',
      'Overall progress',
      'Design and publication of the Manual',
      'Oct – Dec',
      'Jan – Jun',
      'Field consultations moved online',
      'US$140,000',
      'US$41,250.50',
      'Page 1 of 1',
    ]) {
      expect(text).toContain(expected);
    }
  });

  it('prints group X on one Letter page in Spanish', async () => {
    const out = join(dir, 'x-es-letter.pdf');
    await writeSheet(sourceWithX(), { group: 'X', lang: 'es', paper: 'letter', today: TODAY }, out);
    expect(pdfPages(out)).toBe(1);
    expect(pdfPageSize(out)).toMatch(/612 x 792/);
    expectAppFontOnly(out);
    const text = pdfText(out);
    for (const expected of [
      'FICHA DE SITUACIÓN DEL GRUPO DE TRABAJO',
      'Manual para el diseño de sistemas estadísticos de seguridad y justicia penal',
      'Países coordinadores',
      'Finalizadas',
      'Vencidas',
      'ene–jun 2020',
      'FINANCIAMIENTO',
      '140.000,00 US$',
      'Página 1 de 1',
      'Última actualización Observaciones',
    ]) {
      expect(text).toContain(expected);
    }
  });

  it.each(LANGS)('prints group X as one A4 page in %s from the CLI, in the app font', async (lang) => {
    const db = join(dir, `cli-${lang}.json`);
    expect(
      (
        await cli([
          'init',
          '--role',
          'secretariat',
          '--name',
          'CEPAL',
          '--email',
          'stats@cepal.org',
          '--lang',
          lang,
          '--db',
          db,
        ])
      ).code,
    ).toBe(0);
    const out = join(dir, `cli-x-${lang}.pdf`);
    expect(
      await cli([
        'sheet',
        '--group',
        '2020-2021/X',
        '--lang',
        lang,
        '--paper',
        'a4',
        '--out',
        out,
        '--db',
        db,
      ]),
    ).toMatchObject({ code: 0, stdout: `${out}\n` });
    expect(pdfPages(out)).toBe(1);
    expectAppFontOnly(out);
    expect(pdfText(out)).toContain('LC/CEA.10/5');
  });

  /**
   * The one sheet that does not fit at a readable size: group I, in Spanish, on Letter, once every
   * activity has a report after the biennium. Its fourteen activity texts are the longest of the
   * programme, Spanish is longer than the English original, and Letter is 18 mm shorter than A4, so the
   * table runs onto a second, numbered page rather than being set under 8 pt.
   */
  const overflows = (paper: Paper, lang: Lang, numeral: string, late: boolean) =>
    paper === 'letter' && lang === 'es' && numeral === 'I' && late;

  it.each<Paper>(['a4', 'letter'])(
    'fits every 2020–2021 group on one %s page in all four languages, seeded during the biennium and fully reported after it',
    async (paper) => {
      const full = sourceFullyReported();
      const groups = full.programmes.find((p) => p.id === '2020-2021')?.groups ?? [];
      expect(groups.map((g) => g.numeral)).toEqual([
        'I',
        'II',
        'III',
        'IV',
        'V',
        'VI',
        'VII',
        'VIII',
        'IX',
        'X',
        'XI',
      ]);
      const { renderSheetHtml } = await loadSheetRenderer();
      const fonts = await embeddedFontCss();
      const sheets = LANGS.flatMap((lang) =>
        groups.flatMap((g) => [
          ...(overflows(paper, lang, g.numeral, true)
            ? []
            : [renderSheetHtml(buildGroupSheet(full, g.id, lang, LATE), paper, fonts)]),
          renderSheetHtml(buildGroupSheet(sourceWithX(), g.id, lang, TODAY), paper, fonts),
        ]),
      );
      const out = join(dir, `all-${paper}.pdf`);
      await htmlToPdf(batch(sheets, fonts), out);
      expect(pdfPages(out)).toBe(sheets.length);
      expectAppFontOnly(out);
      expectNothingSmall(out);
      // Totals are marked Σ, from the Greek part of the font: the only system font has no such letter.
      expect(pdfText(out)).toContain('Σ USD');
    },
    180_000,
  );

  it('continues the one sheet that does not fit on a numbered second page', async () => {
    const out = join(dir, 'i-es-letter.pdf');
    await writeSheet(
      sourceFullyReported(),
      { group: '2020-2021/I', lang: 'es', paper: 'letter', today: LATE },
      out,
    );
    expect(pdfPages(out)).toBe(2);
    expect(pdfText(out, 1)).toContain('Página 1 de 2');
    expect(pdfText(out, 2)).toContain('Página 2 de 2');
    expect(pdfText(out, 2)).toContain('FINANCIAMIENTO');
  });

  it('continues a long group on numbered pages that repeat the table head and never split a row', async () => {
    const seed = sourceWithX();
    const programme = seed.programmes.find((p) => p.id === '2020-2021');
    const x = programme?.groups.find((g) => g.numeral === 'X');
    if (!programme || !x) throw new Error('group X of 2020-2021 is missing from data/');
    const template = x.activities[0];
    if (!template) throw new Error('group X has no activities');
    const activities = Array.from({ length: 70 }, (_, i) => ({
      ...template,
      id: `2020-2021/X/${i + 1}`,
      number: String(i + 1),
      text: {
        orig: 'en' as const,
        en: `Artificial activity ${i + 1} whose text is long enough to wrap onto a second line of the table, and then a third to make rows tall ${i + 1}`,
      },
    }));
    const long: ReportSource = { ...seed, programmes: [{ ...programme, groups: [{ ...x, activities }] }] };
    const out = join(dir, 'long.pdf');
    await writeSheet(long, { group: '2020-2021/X', lang: 'en', paper: 'a4', today: TODAY }, out);
    expectAppFontOnly(out);
    const pages = pdfPages(out);
    expect(pages).toBeGreaterThanOrEqual(3);
    const texts = Array.from({ length: pages }, (_, p) => pdfText(out, p + 1));
    texts.forEach((text, p) => {
      expect(text).toContain(`Page ${p + 1} of ${pages}`);
      // The table head, timeline years included, opens every page the table runs on.
      if (p < pages - 1)
        for (const head of ['No. Activity', 'Planned', 'Status', 'Last update', '2020', '2021'])
          expect(text, `page ${p + 1}`).toContain(head);
    });
    // A row begins and ends on the same page: its opening words and its closing number are together.
    for (let i = 1; i <= 70; i++) {
      const onPages = texts.flatMap((text, p) =>
        text.includes(`Artificial activity ${i} whose`) ? [p] : [],
      );
      expect(onPages, `activity ${i}`).toHaveLength(1);
      expect(texts[onPages[0] ?? 0]).toContain(`to make rows tall ${i} `);
    }
  });

  it("prints a country's sheet and the activity report as PDF", async () => {
    const sheet = join(dir, 'mex.pdf');
    await writeSheet(sourceWithX(), { country: 'MEX', lang: 'fr', paper: 'a4', today: TODAY }, sheet);
    expectAppFontOnly(sheet);
    expectNothingSmall(sheet);
    const text = pdfText(sheet);
    for (const expected of [
      'FICHE DE SITUATION DU PAYS',
      'Mexique',
      'GROUPES DE TRAVAIL',
      'Coordonnateur',
      'DERNIERS RAPPORTS DE MEXIQUE',
      "ACTIVITÉS EN RETARD SUR L'ÉCHÉANCE",
    ]) {
      expect(text).toContain(expected);
    }
    const report = join(dir, 'mdg.pdf');
    await writeActivityReport(seedSource(), '2009-2011/MDG', 'en', TODAY, report);
    expectAppFontOnly(report);
    const r = pdfText(report);
    for (const expected of [
      'A. General and specific objectives',
      'B. Progress to date',
      'C. Current work',
      'D. Objectives for the next period (2012-2013)',
      'E. Planned activities (2012-2013)',
    ]) {
      expect(r).toContain(expected);
    }
  });
});
