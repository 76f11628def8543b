import ExcelJS from 'exceljs';
import { writeWorkbook } from '../../electron/workbook/write';

export type Rows = Partial<Record<string, ExcelJS.CellValue[][]>>;

export async function open(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(
    bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer,
  );
  return wb;
}

/** The template with `rows` appended under each sheet's header, as a secretariat fills it. */
export async function filled(rows: Rows, edit?: (wb: ExcelJS.Workbook) => void): Promise<Buffer> {
  const wb = await open(await writeWorkbook(null));
  for (const [sheet, list] of Object.entries(rows))
    for (const row of list ?? []) wb.getWorksheet(sheet)!.addRow(row);
  edit?.(wb);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/**
 * A 2026–2027 programme with two groups: texts in Spanish and one group in English, a month and a
 * date in words, a coordinating institution given and one left to the office of statistics, a
 * contribution in money and one in kind.
 */
export const PROGRAMME_2026: Rows = {
  programme: [
    ['2026-01', '2027-12', 'LC/CEA.13/5', 'Programa bienal 2026-2027', 'Biennial programme 2026-2027'],
  ],
  groups: [
    [
      'I',
      'es',
      'Grupo de Trabajo sobre Estadísticas de Género',
      'Estadísticas de género',
      'eclac-gender, eclac-statistics',
    ],
    ['II', 'en', 'Working Group on Disaster Statistics', 'Disaster statistics', 'undrr'],
  ],
  objectives: [
    ['I', 'general', null, 'es', 'Fortalecer la producción de estadísticas de género.'],
    ['I', 'specific', '1', 'es', 'Elaborar una guía regional.'],
    ['I', 'specific', '2', 'es', 'Formar a los equipos nacionales.'],
    ['II', 'general', null, 'en', 'Strengthen disaster statistics.'],
  ],
  activities: [
    ['I', '1', 'es', 'Taller regional sobre uso del tiempo', '2026-03', '2026-11', null, null],
    ['I', '2', 'es', 'Guía regional', null, null, 'A definir en mayo de 2026', 'Seis meses después'],
    ['II', '1', 'en', 'Survey of national practices', '2026-02', '2026-06', null, null],
  ],
  contributions: [
    ['I', null, 'es', 'CEPAL', 'eclac-statistics', 140000, 'USD', 'monetary', 'Talleres'],
    ['II', 'undrr-1', 'en', 'UNDRR', 'undrr', null, null, 'in-kind', null],
  ],
  members: [
    ['I', 'MEX', 'coordinator', null],
    ['I', 'COL', 'member', null],
    ['I', 'CHL', null, null],
    ['II', 'BRA', 'coordinator', null],
    ['II', 'PER', 'coordinator', 'nso-per'],
  ],
};
