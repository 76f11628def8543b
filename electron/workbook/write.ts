import ExcelJS from 'exceljs';
import type { Programme } from '../../shared/model/programme';
import { pickText, textOf, type Lang, type Localized } from '../../shared/model/text';
import { INSTRUCTIONS_SHEET, SHEET_NAMES, SHEETS, type SheetName } from './format';

type Cell = string | number | null;

/** A text as the workbook carries it: the language it was written in, and its words in that language. */
const original = (t: Localized) => ({ lang: t.orig, text: t[t.orig] ?? textOf(t, t.orig) });
const inLang = (t: Localized | null, lang: Lang) => (t === null ? null : pickText(t, lang).text);

/** Rows of each sheet for a programme, in the order of the sheet's columns. */
function rowsOf(p: Programme): Record<SheetName, Cell[][]> {
  const rows: Record<SheetName, Cell[][]> = {
    programme: [[p.start, p.end, p.symbol, textOf(p.title, 'es'), textOf(p.title, 'en')]],
    groups: [],
    objectives: [],
    activities: [],
    contributions: [],
    members: [],
  };
  for (const g of p.groups) {
    const title = original(g.title);
    rows.groups.push([
      g.numeral,
      title.lang,
      title.text,
      inLang(g.theme, title.lang),
      g.secretariats.join(', '),
    ]);
    for (const o of g.objectives) {
      const text = original(o.text);
      rows.objectives.push([g.numeral, o.kind, o.number || null, text.lang, text.text]);
    }
    for (const a of g.activities) {
      const text = original(a.text);
      rows.activities.push([
        g.numeral,
        a.number,
        text.lang,
        text.text,
        a.plannedStart.month,
        a.plannedEnd.month,
        inLang(a.plannedStart.words, text.lang),
        inLang(a.plannedEnd.words, text.lang),
      ]);
    }
    for (const c of g.contributions) {
      const source = original(c.source);
      rows.contributions.push([
        g.numeral,
        c.id,
        source.lang,
        source.text,
        c.institution,
        c.amount,
        c.currency,
        c.form,
        inLang(c.purpose, source.lang),
      ]);
    }
    for (const c of g.coordinators) rows.members.push([g.numeral, c.country, 'coordinator', c.institution]);
    for (const m of g.members) rows.members.push([g.numeral, m, 'member', null]);
  }
  return rows;
}

const NOTES: readonly [string, string][] = [
  [
    'Una hoja por tipo de registro; la fila 1 tiene los nombres de las columnas, que no se cambian. Escriba los valores, no fórmulas.',
    'One sheet per kind of record; row 1 holds the column names, which must not change. Type values, not formulas.',
  ],
  [
    'Los meses se escriben AAAA-MM (2026-03). La importación muestra lo que se creará, o cada error con su hoja, fila y columna, y entonces no cambia nada.',
    'Months are written YYYY-MM (2026-03). The import shows what it will create, or each error with its sheet, row and column, and then changes nothing.',
  ],
];

function addInstructions(wb: ExcelJS.Workbook): void {
  const ws = wb.addWorksheet(INSTRUCTIONS_SHEET);
  ws.columns = [
    { header: 'sheet', width: 14 },
    { header: 'column', width: 16 },
    { header: 'required', width: 10 },
    { header: 'es', width: 60 },
    { header: 'en', width: 60 },
    { header: 'example', width: 30 },
  ];
  for (const [es, en] of NOTES) ws.addRow([null, null, null, es, en, null]);
  for (const name of SHEET_NAMES)
    for (const c of SHEETS[name].columns)
      ws.addRow([name, c.name, c.required ? 'sí / yes' : null, c.es, c.en, c.example]);
  ws.getRow(1).font = { bold: true };
  ws.getColumn(4).alignment = { wrapText: true, vertical: 'top' };
  ws.getColumn(5).alignment = { wrapText: true, vertical: 'top' };
}

/**
 * The workbook of a programme, or the empty template without one. Every column but amounts is text
 * (`@`), so a month typed as 2026-03 stays the month and is not turned into a date.
 */
export async function writeWorkbook(programme: Programme | null): Promise<Buffer> {
  const rows = programme ? rowsOf(programme) : null;
  const wb = new ExcelJS.Workbook();
  wb.creator = 'CEA Programme Tracker';
  addInstructions(wb);
  for (const name of SHEET_NAMES) {
    const spec = SHEETS[name];
    const ws = wb.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
    ws.columns = spec.columns.map((c) => ({
      header: c.name,
      key: c.name,
      width: c.width,
      style: c.kind === 'amount' ? { numFmt: '#,##0.00' } : { numFmt: '@' },
    }));
    ws.getRow(1).font = { bold: true };
    for (const row of rows?.[name] ?? []) ws.addRow(row);
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}
