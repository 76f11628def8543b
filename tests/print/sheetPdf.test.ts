import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Paper } from '../../shared/report/paper';
import { htmlToPdf } from '../../electron/print/chromium';
import { writeActivityReport, writeSheet } from '../../electron/print/jobs';
import { loadSheetRenderer } from '../../electron/print/sheetRenderer';
import type { Lang } from '../../shared/model/text';
import { buildGroupSheet } from '../../shared/report/groupSheet';
import type { ReportSource } from '../../shared/report/source';
import { seedSource, sourceFullyReported, sourceWithX, TODAY } from '../report/fixtures';
import { pdfPages, pdfPageSize, pdfText } from './poppler';

// Every test here launches Chromium (about a second each): sheets are batched into one document where
// the question is only "does each fit on one page".

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'cea-pdf-test-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** Long after the biennium: every activity is overdue and carries the extra "overdue" line. */
const LATE = new Date(Date.UTC(2026, 10, 21));

function body(html: string): string {
  return html.slice(html.indexOf('<body>') + '<body>'.length, html.indexOf('</body>'));
}

/** Many sheets in one document, each starting a page: N sheets that each fit give exactly N pages. */
function batch(sheets: string[]): string {
  return `<!doctype html><html><head><meta charset="utf-8"></head><body>${sheets.map((s) => `<div style="break-before: page">${body(s)}</div>`).join('')}</body></html>`;
}

describe('status sheet PDF', () => {
  it("prints group X on one A4 page, in English, with everything the sheet promises", async () => {
    const out = join(dir, 'x-en-a4.pdf');
    await writeSheet(sourceWithX(), { group: '2020-2021/X', lang: 'en', paper: 'a4', today: TODAY }, out);
    expect(pdfPages(out)).toBe(1);
    expect(pdfPageSize(out)).toMatch(/\(A4\)/);
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
    const text = pdfText(out);
    for (const expected of ['FICHA DE SITUACIÓN DEL GRUPO DE TRABAJO', 'Manual para el diseño de sistemas estadísticos de seguridad y justicia penal', 'Países coordinadores', 'Finalizadas', 'Vencidas', 'ene–jun 2020', 'FINANCIAMIENTO', '140.000 US$', 'Página 1 de 1']) {
      expect(text).toContain(expected);
    }
  });

  it.each<[Paper, Lang, Lang]>([
    ['letter', 'fr', 'es'],
    ['a4', 'pt', 'en'],
  ])('fits every 2020–2021 group on one %s page (fully reported in %s after the biennium, as seeded in %s during it)', async (paper, lateLang, midLang) => {
    const full = sourceFullyReported();
    const groups = full.programmes.find((p) => p.id === '2020-2021')?.groups ?? [];
    expect(groups.map((g) => g.numeral)).toEqual(['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI']);
    const { renderSheetHtml } = await loadSheetRenderer();
    const sheets = groups.flatMap((g) => [
      renderSheetHtml(buildGroupSheet(full, g.id, lateLang, LATE), paper, ''),
      renderSheetHtml(buildGroupSheet(sourceWithX(), g.id, midLang, TODAY), paper, ''),
    ]);
    const out = join(dir, `all-${paper}.pdf`);
    await htmlToPdf(batch(sheets), out);
    expect(pdfPages(out)).toBe(sheets.length);
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
      text: { orig: 'en' as const, en: `Artificial activity ${i + 1} whose text is long enough to wrap onto a second line of the table, and then a third to make rows tall ${i + 1}` },
    }));
    const long: ReportSource = { ...seed, programmes: [{ ...programme, groups: [{ ...x, activities }] }] };
    const out = join(dir, 'long.pdf');
    await writeSheet(long, { group: '2020-2021/X', lang: 'en', paper: 'a4', today: TODAY }, out);
    const pages = pdfPages(out);
    expect(pages).toBeGreaterThanOrEqual(3);
    const texts = Array.from({ length: pages }, (_, p) => pdfText(out, p + 1));
    texts.forEach((text, p) => {
      expect(text).toContain(`Page ${p + 1} of ${pages}`);
      // The table head, timeline years included, opens every page the table runs on.
      if (p < pages - 1) for (const head of ['No. Activity', 'Planned', 'Status', 'Last update', '2020', '2021']) expect(text, `page ${p + 1}`).toContain(head);
    });
    // A row begins and ends on the same page: its opening words and its closing number are together.
    for (let i = 1; i <= 70; i++) {
      const onPages = texts.flatMap((text, p) => (text.includes(`Artificial activity ${i} whose`) ? [p] : []));
      expect(onPages, `activity ${i}`).toHaveLength(1);
      expect(texts[onPages[0] ?? 0]).toContain(`to make rows tall ${i} `);
    }
  });

  it("prints a country's sheet and the activity report as PDF", async () => {
    const sheet = join(dir, 'mex.pdf');
    await writeSheet(sourceWithX(), { country: 'MEX', lang: 'fr', paper: 'a4', today: TODAY }, sheet);
    const text = pdfText(sheet);
    for (const expected of ['FICHE DE SITUATION DU PAYS', 'Mexique', 'GROUPES DE TRAVAIL', 'Coordonnateur', 'DERNIERS RAPPORTS DE MEXIQUE', 'ACTIVITÉS EN RETARD SUR L\'ÉCHÉANCE']) {
      expect(text).toContain(expected);
    }
    const report = join(dir, 'mdg.pdf');
    await writeActivityReport(seedSource(), '2009-2011/MDG', 'en', TODAY, report);
    const r = pdfText(report);
    for (const expected of ['A. General and specific objectives', 'B. Progress to date', 'C. Current work', 'D. Objectives for the next period (2012-2013)', 'E. Planned activities (2012-2013)']) {
      expect(r).toContain(expected);
    }
  });
});
