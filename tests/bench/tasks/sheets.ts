import { join } from 'node:path';
import { htmlToPdf } from '../../../electron/print/chromium';
import { sheetHtml } from '../../../electron/print/jobs';
import { sourceFromDatabase } from '../../../shared/report/source';
import { deriveState } from '../../../shared/state';
import { figure, median, timeRuns, type Figures } from '../figures';
import { generate, PROGRAMME } from '../generate';

const TODAY = new Date(Date.UTC(2021, 11, 15));

/**
 * The status sheets of the eleven 2020–2021 groups from the 1x secretariat database, in Spanish on A4:
 * as the HTML that is printed (the font embedded), then each printed to PDF by Chromium as the app does.
 */
export async function sheetsTask(args: {
  dir: string;
  dataDir: string;
  htmlRuns: number;
  pdfRuns: number;
}): Promise<Figures> {
  const { db } = generate({ scale: 1, dataDir: args.dataDir });
  const t0 = performance.now();
  const source = sourceFromDatabase(db, deriveState(db));
  const sourceMs = performance.now() - t0;
  const groups = source.programmes.find((p) => p.id === PROGRAMME)?.groups ?? [];
  if (groups.length !== 11) throw new Error(`expected the 11 groups of ${PROGRAMME}, found ${groups.length}`);
  const job = (group: string) => ({ group, lang: 'es' as const, paper: 'a4' as const, today: TODAY });
  const all = () => Promise.all(groups.map((g) => sheetHtml(source, job(g.id), 'embedded')));

  const html = await timeRuns(args.htmlRuns, all);
  const pages = await all();
  const pdf = await timeRuns(
    args.pdfRuns,
    async () => {
      for (const [i, page] of pages.entries()) await htmlToPdf(page, join(args.dir, `sheet-${i}.pdf`));
    },
    false,
  );
  const kb = pages.reduce((n, p) => n + p.length, 0) / 1024;
  return {
    sheets_html_11: figure(
      'status sheet HTML, all 11 groups',
      median(html),
      'ms',
      null,
      { max: 200 },
      `${kb.toFixed(0)} KB of HTML; state folded once beforehand in ${sourceMs.toFixed(0)} ms`,
    ),
    sheets_pdf_11: figure(
      'status sheet PDF, all 11 groups (Chromium)',
      median(pdf),
      'ms',
      null,
      {},
      `${args.pdfRuns} runs, one Chromium launch per sheet`,
    ),
  };
}
