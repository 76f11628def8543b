import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppFailure } from '../../shared/errors';
import { spreadsheetFile, writeSpreadsheet } from '../../electron/print/jobs';
import { seedSource, sourceWithX } from './fixtures';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'cea-xlsx-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('spreadsheets of a programme', () => {
  it('writes plan, progress and budget sheets with typed cells, frozen headers and filters', async () => {
    const wb = new ExcelJS.Workbook();
    const file = await spreadsheetFile(sourceWithX(), '2020-2021', 'es');
    await wb.xlsx.load(file.buffer.slice(file.byteOffset, file.byteOffset + file.byteLength) as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Plan', 'Avances', 'Presupuesto']);
    for (const ws of wb.worksheets) {
      expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
      expect(ws.autoFilter).toBeTruthy();
    }
    const [plan, progress, budget] = wb.worksheets as [
      ExcelJS.Worksheet,
      ExcelJS.Worksheet,
      ExcelJS.Worksheet,
    ];
    expect(plan.getRow(1).getCell(5).value).toBe('Actividad');
    const x1 = plan.getRows(2, plan.rowCount - 1)?.find((r) => r.getCell(2).value === '2020-2021/X/1');
    expect(x1?.getCell(5).value).toBe(
      'Selección de casos de éxito y mejores prácticas como insumo para la elaboración de las directrices',
    );
    expect(x1?.getCell(6).value).toEqual(new Date(Date.UTC(2020, 0, 1)));
    expect(x1?.getCell(6).numFmt).toBe('mmm yyyy');
    expect(plan.rowCount - 1).toBe(
      sourceWithX()
        .programmes.find((p) => p.id === '2020-2021')
        ?.groups.reduce((n, g) => n + g.activities.length, 0),
    );

    const x4 = progress
      .getRows(2, progress.rowCount - 1)
      ?.find((r) => r.getCell(2).value === '2020-2021/X/4');
    expect(x4?.getCell(5).value).toBe('Retrasada');
    expect(x4?.getCell(6).value).toBe(70);
    expect(x4?.getCell(9).value).toEqual(new Date(Date.UTC(2020, 10, 2)));

    expect(budget.rowCount).toBe(3);
    const spent = budget.getRow(3);
    expect(spent.getCell(3).value).toBe('Gasto');
    expect(spent.getCell(5).value).toBe(41250.5);
    expect(spent.getCell(5).numFmt).toBe('#,##0.00 "USD"');
    expect(spent.getCell(7).value).toEqual(new Date(Date.UTC(2020, 9, 15)));
  });

  it('writes one CSV per table, or the one table --sheet names', async () => {
    const all = await writeSpreadsheet(sourceWithX(), '2020-2021', 'en', join(dir, 'p.csv'));
    expect(all.map((f) => f.slice(dir.length + 1))).toEqual(['p-plan.csv', 'p-progress.csv', 'p-budget.csv']);
    const budget = await readFile(join(dir, 'p-budget.csv'), 'utf8');
    expect(budget.split('\r\n')).toEqual([
      '\uFEFFGroup,Activity ID,Kind,Source,Amount,Currency,Date,Country,Purpose,Author',
      '2020-2021/X,,Commitment,UNODC-INEGI Centre of Excellence,90000,USD,2020-03-01,MEX,Consultants for the manual,Ana Pérez',
      '2020-2021/X,2020-2021/X/4,Expenditure,UNODC-INEGI Centre of Excellence,41250.5,USD,2020-10-15,MEX,Initial draft,Ana Pérez',
      '',
    ]);
    const one = await writeSpreadsheet(sourceWithX(), '2020-2021', 'en', join(dir, 'only.csv'), 'progress');
    expect(one).toEqual([join(dir, 'only.csv')]);
    expect((await readFile(one[0] as string, 'utf8')).split('\r\n')[0]).toMatch(
      /^\uFEFFGroup,Activity ID,Activity,Country,Status,Percent/,
    );
    expect((await readdir(dir)).sort()).toEqual(['only.csv', 'p-budget.csv', 'p-plan.csv', 'p-progress.csv']);
  });

  it('gives the 2009-2011 MDG progress as the report states it: "not stated" where it gives no status or measure, in the reader language', async () => {
    const [file] = await writeSpreadsheet(seedSource(), '2009-2011', 'es', join(dir, 'mdg.csv'), 'progress');
    const rows = (await readFile(file as string, 'utf8')).split('\r\n').filter((r) => r.startsWith('MDG,'));
    const cells = (objective: number) =>
      rows
        .find((r) => r.startsWith(`MDG,2009-2011/MDG/objective-${objective},`))
        ?.split(',')
        .slice(4, 6);
    // "se da pleno cumplimiento al primer objetivo"; "se ha replanteado el objetivo original"; of objective 2, nothing.
    expect(cells(1)).toEqual(['Finalizada', 'no indicado']);
    expect(cells(3)).toEqual(['Reformulado', 'no indicado']);
    expect(cells(2)).toEqual(['No indicado', 'no indicado']);
    expect(rows).toHaveLength(7);
  });

  it('refuses an unknown programme or file type and writes nothing', async () => {
    await expect(writeSpreadsheet(sourceWithX(), '1999-2000', 'en', join(dir, 'z.xlsx'))).rejects.toSatisfy(
      (e) => e instanceof AppFailure && e.error.code === 'UNKNOWN_PROGRAMME',
    );
    await expect(writeSpreadsheet(sourceWithX(), '2020-2021', 'en', join(dir, 'z.ods'))).rejects.toSatisfy(
      (e) => e instanceof AppFailure && e.error.code === 'BAD_OUTPUT',
    );
    expect((await readdir(dir)).filter((f) => f.startsWith('z.'))).toEqual([]);
  });
});
