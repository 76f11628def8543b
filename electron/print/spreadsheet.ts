import ExcelJS from 'exceljs';
import type { TFunction } from 'i18next';
import type { Lang } from '../../shared/model/text';
import type { Cell, Column, Table } from '../../shared/report/tables';
import { toCsv } from '../cli/csv';
import { sheetsI18n } from '../../shared/report/sheetsI18n';

/** Translated cells hold a `sheets:` key (a status, a kind); everything else is shown as it is. */
function display(table: Table, column: Column, value: Cell, t: TFunction): Cell {
  return table.translated.includes(column.key) && typeof value === 'string' ? t(value) : value;
}

function utc(value: string): Date {
  const [y, m, d] = value.split('-').map(Number) as [number, number, number | undefined];
  return new Date(Date.UTC(y, m - 1, d ?? 1));
}

/** Excel's currency format with the ISO code, so a column mixing US$ and CLP stays legible. */
function moneyFormat(currency: string | null): string {
  return currency === null ? '#,##0.00' : `#,##0.00 "${currency}"`;
}

/**
 * A workbook with one sheet per table: header row frozen and filtered, days and months as real dates,
 * amounts as numbers in their currency's format, percentages as integers.
 */
export async function tablesToXlsx(tables: readonly Table[], lang: Lang): Promise<Buffer> {
  const t = sheetsI18n(lang).t;
  const wb = new ExcelJS.Workbook();
  wb.creator = 'CEA Programme Tracker';
  for (const table of tables) {
    const ws = wb.addWorksheet(t(`spreadsheet.${table.name}`), { views: [{ state: 'frozen', ySplit: 1 }] });
    ws.columns = table.columns.map((c) => ({
      header: t(`spreadsheet.${c.key}`),
      key: c.key,
      width: c.width,
    }));
    table.rows.forEach((row, r) => {
      const added = ws.addRow(
        table.columns.map((c, i) => {
          const v = display(table, c, row[i] ?? null, t);
          if (v === null) return null;
          return (c.type === 'day' || c.type === 'month') && typeof v === 'string' ? utc(v) : v;
        }),
      );
      table.columns.forEach((c, i) => {
        const cell = added.getCell(i + 1);
        if (c.type === 'day') cell.numFmt = 'yyyy-mm-dd';
        else if (c.type === 'month') cell.numFmt = 'mmm yyyy';
        else if (c.type === 'money') cell.numFmt = moneyFormat(table.currencies[r] ?? null);
        else if (c.type === 'text') cell.alignment = { wrapText: true, vertical: 'top' };
      });
    });
    const header = ws.getRow(1);
    header.font = { bold: true };
    header.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFEEF2F5' } };
    ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: table.columns.length } };
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** One table as RFC 4180 CSV: days and months in ISO form, amounts with a dot and no grouping. */
export function tableToCsv(table: Table, lang: Lang): string {
  const t = sheetsI18n(lang).t;
  return toCsv(
    table.columns.map((c) => t(`spreadsheet.${c.key}`)),
    table.rows.map((row) => table.columns.map((c, i) => String(display(table, c, row[i] ?? null, t) ?? ''))),
  );
}
