import { writeFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { fail } from '../../shared/errors';
import { LINKED_FONT_CSS } from '../../shared/font';
import type { Lang } from '../../shared/model/text';
import { buildActivityReport } from '../../shared/report/activityReport';
import { buildCountrySheet } from '../../shared/report/countrySheet';
import type { CountrySheet } from '../../shared/report/countrySheet';
import { buildGroupSheet } from '../../shared/report/groupSheet';
import type { GroupSheet } from '../../shared/report/groupSheet';
import { findProgramme } from '../../shared/report/resolve';
import type { ReportSource } from '../../shared/report/source';
import { programmeTables } from '../../shared/report/tables';
import type { TableName } from '../../shared/report/tables';
import type { Paper } from '../../shared/report/paper';
import { findChromium, htmlToPdf } from './chromium';
import { activityReportDocx } from './docx';
import { embeddedFontCss } from './fonts';
import { activityReportHtml } from './reportHtml';
import { localChromiumPrinter } from './printer';
import type { PdfPrinter } from './printer';
import { loadSheetRenderer } from './sheetRenderer';
import { tablesToXlsx, tableToCsv } from './spreadsheet';

/** The file's kind from its extension, refusing anything the command cannot write. */
function outputKind<K extends string>(file: string, allowed: readonly K[]): K {
  const ext = extname(file).slice(1).toLowerCase();
  const kind = allowed.find((k) => k === ext);
  if (!kind)
    fail('BAD_OUTPUT', 'sheets:errors.badOutput', { file, allowed: allowed.map((k) => `.${k}`).join(', ') });
  return kind;
}

export interface SheetJob {
  /** `2020-2021/X` or `X`; absent for a country sheet. */
  group?: string | undefined;
  country?: string | undefined;
  lang: Lang;
  paper: Paper;
  today: Date;
}

/** A group's sheet when a group is named (one country's reports with `country`), else the country's sheet. */
export function buildSheet(source: ReportSource, job: SheetJob): GroupSheet | CountrySheet {
  if (job.group !== undefined) return buildGroupSheet(source, job.group, job.lang, job.today, job.country);
  if (job.country !== undefined) return buildCountrySheet(source, job.country, null, job.lang, job.today);
  return fail('MISSING_OPTION', 'sheets:errors.missingOption', { option: 'group' });
}

/**
 * How a document carries the app's font: `linked`, from the app's own origin, for the preview (a frame of
 * the app's page, whose CSP allows fonts from 'self' only); `embedded`, inside the document, for whatever
 * is printed or saved, since Chromium opens those from a temporary file or a data: URL.
 */
export type FontMode = 'linked' | 'embedded';

function fontCss(mode: FontMode): Promise<string> {
  return mode === 'linked' ? Promise.resolve(LINKED_FONT_CSS) : embeddedFontCss();
}

export async function sheetHtml(source: ReportSource, job: SheetJob, fonts: FontMode): Promise<string> {
  const sheet = buildSheet(source, job);
  return (await loadSheetRenderer()).renderSheetHtml(sheet, job.paper, await fontCss(fonts));
}

/** Writes the sheet as .pdf or .html; returns the files written. */
/** `env` is where CEA_CHROMIUM is read: the CLI passes its own environment. */
export async function writeSheet(
  source: ReportSource,
  job: SheetJob,
  out: string,
  env: NodeJS.ProcessEnv = process.env,
): Promise<string[]> {
  const kind = outputKind(out, ['pdf', 'html'] as const);
  const html = await sheetHtml(source, job, 'embedded');
  if (kind === 'html') await writeFile(out, html, 'utf8');
  else await htmlToPdf(html, out, findChromium(process.platform, env));
  return [out];
}

/** Without a `printer`, the sheet is printed with a locally installed Chromium. */
export async function sheetPdf(
  source: ReportSource,
  job: SheetJob,
  printer: PdfPrinter = localChromiumPrinter(),
): Promise<Buffer> {
  return printer(await sheetHtml(source, job, 'embedded'), job.paper);
}

function reportModel(source: ReportSource, group: string, lang: Lang, today: Date) {
  if (lang !== 'es' && lang !== 'en') fail('REPORT_LANG', 'sheets:errors.reportLang');
  return buildActivityReport(source, group, lang, today);
}

export async function activityReportFile(
  source: ReportSource,
  group: string,
  lang: Lang,
  today: Date,
): Promise<Buffer> {
  return activityReportDocx(reportModel(source, group, lang, today));
}

export async function writeActivityReport(
  source: ReportSource,
  group: string,
  lang: Lang,
  today: Date,
  out: string,
  env: NodeJS.ProcessEnv = process.env,
): Promise<string[]> {
  const kind = outputKind(out, ['docx', 'pdf'] as const);
  const model = reportModel(source, group, lang, today);
  if (kind === 'docx') await writeFile(out, await activityReportDocx(model));
  else
    await htmlToPdf(
      activityReportHtml(model, 'a4', await embeddedFontCss()),
      out,
      findChromium(process.platform, env),
    );
  return [out];
}

export async function spreadsheetFile(
  source: ReportSource,
  programmeId: string,
  lang: Lang,
): Promise<Buffer> {
  return tablesToXlsx(programmeTables(source, findProgramme(source, programmeId), lang), lang);
}

/**
 * .xlsx: one workbook, three sheets. CSV has no sheets, so `--sheet` picks one table for FILE.csv;
 * without it every table goes to its own file, FILE-plan.csv, FILE-progress.csv, FILE-budget.csv.
 */
export async function writeSpreadsheet(
  source: ReportSource,
  programmeId: string,
  lang: Lang,
  out: string,
  only?: TableName,
): Promise<string[]> {
  const kind = outputKind(out, ['xlsx', 'csv'] as const);
  const tables = programmeTables(source, findProgramme(source, programmeId), lang).filter(
    (t) => only === undefined || t.name === only,
  );
  if (kind === 'xlsx') {
    await writeFile(out, await tablesToXlsx(tables, lang));
    return [out];
  }
  const written: string[] = [];
  for (const table of tables) {
    const file = only === undefined ? `${out.slice(0, -'.csv'.length)}-${table.name}.csv` : out;
    // The byte-order mark makes Excel read the file as UTF-8, so "Perú" is not garbled on Windows.
    await writeFile(file, `\uFEFF${tableToCsv(table, lang)}`, 'utf8');
    written.push(file);
  }
  return written;
}
