import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { cli } from './runCli';

/** The CLI in English on the database `db`. */
async function run(db: string, ...args: string[]) {
  const r = await cli([...args, '--db', db, '--lang', 'en']);
  return { code: r.code, out: r.stdout, err: r.stderr };
}

describe('cli programme (issue 13)', () => {
  it('writes the template, refuses a filled one with errors by cell, and imports it once corrected', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cea-cli-programme-'));
    const db = join(dir, 'cea.json');
    const init = await run(
      db,
      'init',
      '--name',
      'María González',
      '--email',
      'maria@cepal.org',
      '--role',
      'secretariat',
    );
    expect(init.code, init.err + init.out).toBe(0);
    const template = join(dir, 'template.xlsx');
    expect((await run(db, 'programme', 'template', '--out', template)).code).toBe(0);

    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(template);
    const sheet = (name: string) => wb.getWorksheet(name)!;
    const header = (name: string) => (sheet(name).getRow(1).values as unknown[]).slice(1).map(String);
    const row = (name: string, values: Record<string, string>) =>
      sheet(name).addRow(header(name).map((h) => values[h] ?? ''));
    // Whatever example rows the template carries, the filled workbook says only this.
    for (const name of ['programme', 'groups', 'objectives', 'activities', 'members'])
      sheet(name).spliceRows(2, sheet(name).rowCount);
    row('programme', {
      start: '2026-01',
      end: '2027-12',
      symbol: 'LC/CEA.13/5',
      title_es: 'Programa 2026-2027',
      title_en: 'Programme 2026-2027',
    });
    row('groups', { group: 'I', title: 'Estadísticas de género', theme: 'Género' });
    row('objectives', {
      group: 'I',
      kind: 'general',
      number: '',
      text: 'Fortalecer las estadísticas de género.',
    });
    row('activities', {
      group: 'I',
      activity: '1',
      number: '1',
      text: 'Taller regional',
      planned_start: '2026-03',
      planned_end: '2027-13',
    });
    row('members', { group: 'I', country: 'MEX', role: 'coordinator' });
    const filled = join(dir, 'filled.xlsx');
    await wb.xlsx.writeFile(filled);
    const before = readFileSync(db, 'utf8');
    const refused = await run(db, 'programme', 'import', filled);
    expect(refused.code).toBe(1);
    expect(refused.out).toMatch(/row 2, column “planned_end”/);
    expect(refused.err).toMatch(/filled\.xlsx was refused/);
    expect(readFileSync(db, 'utf8')).toBe(before);

    sheet('activities')
      .getRow(2)
      .getCell(header('activities').indexOf('planned_end') + 1).value = '2027-06';
    await wb.xlsx.writeFile(filled);
    const dry = await run(db, 'programme', 'import', filled, '--dry-run');
    expect(dry.code, dry.err + dry.out).toBe(0);
    expect(dry.out).toMatch(/Programme 2026-2027 would be created: 1 working group\(s\), 1 activities/);
    expect(readFileSync(db, 'utf8')).toBe(before);
    const done = await run(db, 'programme', 'import', filled);
    expect(done.code, done.err).toBe(0);
    expect((await run(db, 'programmes')).out).toMatch(/2026-2027/);
    const exported = join(dir, 'exported.xlsx');
    expect((await run(db, 'programme', 'export', '--programme', '2026-2027', '--out', exported)).code).toBe(
      0,
    );
  });
});
