import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { deflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { checkArchive, WORKBOOK_LIMITS } from '../../electron/workbook/archive';
import { MAX_ROWS, SHEET_NAMES, SHEETS } from '../../electron/workbook/format';
import { MAX_ERRORS, readWorkbook, type WorkbookCatalogue } from '../../electron/workbook/read';
import { AppFailure } from '../../shared/errors';
import type { CellError } from '../../shared/api/workbook';
import { filled, open, PROGRAMME_2026 } from './fill';
import { writeWorkbook } from '../../electron/workbook/write';

const DATA = join(import.meta.dirname, '../../data');
const countries = JSON.parse(readFileSync(join(DATA, 'countries.json'), 'utf8')) as {
  iso3: string;
  nso: string;
}[];
const institutions = ['nso.json', 'agencies.json'].flatMap(
  (f) => JSON.parse(readFileSync(join(DATA, 'institutions', f), 'utf8')) as { id: string }[],
);
const CATALOGUE: WorkbookCatalogue = { countries, institutions, heldProgrammes: ['2020-2021'] };

async function errorsOf(bytes: Uint8Array): Promise<CellError[]> {
  const r = await readWorkbook(bytes, CATALOGUE);
  if (r.ok) throw new Error('the workbook was accepted');
  return r.errors;
}

const withRows = (over: Partial<typeof PROGRAMME_2026>) => filled({ ...PROGRAMME_2026, ...over });

describe('the template', () => {
  it('has one sheet per record, the columns named as the plan export names them, and instructions in Spanish and English', async () => {
    const wb = await open(await writeWorkbook(null));
    expect(wb.worksheets.map((w) => w.name)).toEqual(['instructions', ...SHEET_NAMES]);
    for (const name of SHEET_NAMES) {
      const header = wb.getWorksheet(name)!.getRow(1).values as unknown[];
      expect(header.slice(1)).toEqual(SHEETS[name].columns.map((c) => c.name));
      expect(wb.getWorksheet(name)!.rowCount).toBe(1);
    }
    expect(wb.getWorksheet('programme')!.getRow(1).values).toEqual([
      undefined,
      'start',
      'end',
      'symbol',
      'title_es',
      'title_en',
    ]);
    expect(wb.getWorksheet('activities')!.getRow(1).values).toEqual(
      expect.arrayContaining(['group', 'number', 'activity', 'planned_start', 'planned_end', 'start_words']),
    );
    const instructions = wb.getWorksheet('instructions')!;
    expect(instructions.getRow(1).values).toEqual([
      undefined,
      'sheet',
      'column',
      'required',
      'es',
      'en',
      'example',
    ]);
    const planned = instructions
      .getRows(2, instructions.rowCount - 1)!
      .find((r) => r.getCell(2).value === 'planned_end');
    expect(planned?.getCell(4).value).toMatch(/Fin previsto/);
    expect(planned?.getCell(5).value).toMatch(/Planned end/);
  });

  it('read back empty, says what is missing and creates nothing', async () => {
    const errors = await errorsOf(await writeWorkbook(null));
    expect(errors).toEqual([
      { i18nKey: 'errors:workbook.one-programme', details: { sheet: 'programme', row: 2 } },
    ]);
  });
});

describe('reading a filled workbook', () => {
  it('gives the programme, its groups with their objectives, activities, contributions and members', async () => {
    const r = await readWorkbook(await filled(PROGRAMME_2026), CATALOGUE);
    if (!r.ok) throw new Error(JSON.stringify(r.errors));
    expect(r.plan.programme).toMatchObject({ id: '2026-2027', start: '2026-01', symbol: 'LC/CEA.13/5' });
    const [i, ii] = r.plan.groups;
    expect(i).toMatchObject({
      numeral: 'I',
      title: { orig: 'es', es: 'Grupo de Trabajo sobre Estadísticas de Género' },
      secretariats: ['eclac-gender', 'eclac-statistics'],
      coordinators: [{ country: 'MEX', institution: 'nso-mex' }],
      members: ['COL', 'CHL'],
    });
    expect(i!.objectives.map((o) => [o.kind, o.number])).toEqual([
      ['general', ''],
      ['specific', '1'],
      ['specific', '2'],
    ]);
    expect(i!.activities[1]).toEqual({
      number: '2',
      text: { orig: 'es', es: 'Guía regional' },
      plannedStart: { month: null, words: { orig: 'es', es: 'A definir en mayo de 2026' } },
      plannedEnd: { month: null, words: { orig: 'es', es: 'Seis meses después' } },
    });
    expect(i!.contributions).toEqual([
      {
        id: 'c1',
        source: { orig: 'es', es: 'CEPAL' },
        institution: 'eclac-statistics',
        amount: 140000,
        currency: 'USD',
        form: 'monetary',
        purpose: { orig: 'es', es: 'Talleres' },
      },
    ]);
    expect(ii).toMatchObject({
      title: { orig: 'en', en: 'Working Group on Disaster Statistics' },
      coordinators: [
        { country: 'BRA', institution: 'nso-bra' },
        { country: 'PER', institution: 'nso-per' },
      ],
      members: [],
    });
  });

  it('takes a date cell (a month Excel turned into a date) as its month', async () => {
    const bytes = await filled(PROGRAMME_2026, (wb) => {
      const cell = wb.getWorksheet('activities')!.getCell('E2');
      cell.value = new Date(Date.UTC(2026, 2, 1));
      cell.numFmt = 'mmm yyyy';
    });
    const r = await readWorkbook(bytes, CATALOGUE);
    expect(r.ok && r.plan.groups[0]!.activities[0]!.plannedStart.month).toBe('2026-03');
  });
});

describe('a workbook with errors', () => {
  it('is refused as a list of cells and messages, every one of them', async () => {
    const activities = [
      ...PROGRAMME_2026.activities!,
      ['I', '3', 'es', 'Seminario', '2027-01', '2027-13', null, null],
      ['I', '1', 'es', 'Otra vez el número 1', '2026-01', '2025-12', null, null],
      ['IX', '1', 'es', 'Grupo que no existe', null, null, null, null],
    ];
    const errors = await errorsOf(
      await withRows({
        activities,
        members: [...PROGRAMME_2026.members!, ['II', 'XXX', 'member', null]],
        contributions: [['I', null, 'es', 'CEPAL', 'nowhere', 100, null, 'cash', null]],
      }),
    );
    expect(errors).toEqual(
      expect.arrayContaining([
        {
          i18nKey: 'errors:workbook.not-a-month',
          details: expect.objectContaining({
            sheet: 'activities',
            row: 5,
            column: 'planned_end',
            value: '2027-13',
          }),
        },
        {
          i18nKey: 'errors:workbook.duplicate',
          details: expect.objectContaining({ sheet: 'activities', row: 6, column: 'number', value: '1' }),
        },
        {
          i18nKey: 'errors:plan.end-before-start',
          details: expect.objectContaining({
            sheet: 'activities',
            row: 6,
            column: 'planned_end',
            value: '2025-12',
          }),
        },
        {
          i18nKey: 'errors:workbook.unknown-group',
          details: expect.objectContaining({ sheet: 'activities', row: 7, column: 'group', value: 'IX' }),
        },
        {
          i18nKey: 'errors:workbook.unknown-country',
          details: expect.objectContaining({ sheet: 'members', row: 7, column: 'country', value: 'XXX' }),
        },
        {
          i18nKey: 'errors:workbook.unknown-institution',
          details: expect.objectContaining({ sheet: 'contributions', row: 2, column: 'institution' }),
        },
        {
          i18nKey: 'errors:budget.currency-with-amount',
          details: expect.objectContaining({ sheet: 'contributions', row: 2, column: 'currency' }),
        },
        {
          i18nKey: 'errors:workbook.not-allowed',
          details: expect.objectContaining({ sheet: 'contributions', row: 2, column: 'form', value: 'cash' }),
        },
      ]),
    );
    expect(errors).toHaveLength(8);
  });

  it('names a programme already held, a group without objective or coordinator, a missing column', async () => {
    const errors = await errorsOf(
      await filled(
        {
          ...PROGRAMME_2026,
          programme: [['2020-01', '2021-12', 'LC/CEA.10/5', 'x', 'x']],
          objectives: PROGRAMME_2026.objectives!.filter((o) => o[0] !== 'II'),
          members: PROGRAMME_2026.members!.filter((m) => m[0] !== 'II'),
        },
        (wb) => wb.getWorksheet('contributions')!.spliceColumns(9, 1),
      ),
    );
    expect(errors).toEqual([
      { i18nKey: 'errors:workbook.missing-column', details: { sheet: 'contributions', column: 'purpose' } },
      {
        i18nKey: 'errors:programme.exists',
        details: expect.objectContaining({ sheet: 'programme', row: 2, column: 'start' }),
      },
      {
        i18nKey: 'errors:workbook.no-general-objective',
        details: expect.objectContaining({ sheet: 'groups', row: 3, column: 'group', value: 'II' }),
      },
      {
        i18nKey: 'errors:workbook.no-coordinator',
        details: expect.objectContaining({ sheet: 'groups', row: 3, column: 'group', value: 'II' }),
      },
    ]);
  });
});

describe('a programme whose month is wrong', () => {
  it('still has its other sheets checked', async () => {
    const errors = await errorsOf(
      await withRows({
        programme: [['2026-13', '2027-12', 'LC/CEA.13/5', 'x', 'x']],
        members: [...PROGRAMME_2026.members!, ['IX', 'ARG', null, null]],
      }),
    );
    expect(errors.map((e) => [e.i18nKey, e.details.sheet, e.details.row, e.details.column])).toEqual([
      ['errors:workbook.not-a-month', 'programme', 2, 'start'],
      ['errors:workbook.unknown-group', 'members', 7, 'group'],
    ]);
  });
});

describe('a hostile workbook is refused cleanly', () => {
  it('refuses formula cells, naming each', async () => {
    const errors = await errorsOf(
      await withRows({
        groups: [
          ['I', 'es', { formula: 'HYPERLINK("http://x","y")', result: 'y' }, 'Tema', null],
          ['II', 'en', 'T', { sharedFormula: 'C2', result: 'y' }, null],
        ],
      }),
    );
    expect(errors.filter((e) => e.i18nKey === 'errors:workbook.formula').map((e) => e.details)).toEqual([
      expect.objectContaining({ sheet: 'groups', row: 2, column: 'title' }),
      expect.objectContaining({ sheet: 'groups', row: 3, column: 'theme' }),
    ]);
  });

  it('refuses 10,000 rows as one error, not ten thousand', async () => {
    const many = Array.from({ length: 10_000 }, (_, i) => [
      'I',
      String(i + 1),
      'es',
      'x',
      null,
      null,
      null,
      null,
    ]);
    const errors = await errorsOf(await withRows({ activities: many }));
    expect(errors).toEqual([
      { i18nKey: 'errors:workbook.too-many-rows', details: { sheet: 'activities', limit: MAX_ROWS } },
    ]);
  });

  it('refuses huge strings and wrong types, cell by cell, and caps the list', async () => {
    const errors = await errorsOf(
      await withRows({
        activities: [
          ['I', '1', 'es', 'x'.repeat(50_000), '2026-01', '2026-02', null, null],
          ['I', '2', 'es', true, 46000, '2026-02', null, null],
          ['I', '3', 'xx', 'y', { error: '#REF!' }, null, null, null],
        ],
        contributions: [['I', null, 'es', 'CEPAL', null, -5, 'USD', null, null]],
      }),
    );
    expect(errors.map((e) => [e.i18nKey, e.details.row, e.details.column])).toEqual([
      ['errors:workbook.too-long', 2, 'activity'],
      ['errors:workbook.wrong-type', 3, 'activity'],
      ['errors:workbook.not-a-month', 3, 'planned_start'],
      ['errors:workbook.not-allowed', 4, 'lang'],
      ['errors:workbook.wrong-type', 4, 'planned_start'],
      ['errors:workbook.not-an-amount', 2, 'amount'],
      ['errors:budget.currency-with-amount', 2, 'currency'],
    ]);
    expect(errors[0]!.details.value!.length).toBeLessThan(100);
    const months = Array.from({ length: 500 }, (_, i) => [
      'I',
      String(i + 1),
      'es',
      'x',
      '13/2026',
      null,
      null,
      null,
    ]);
    expect(await errorsOf(await withRows({ activities: months }))).toHaveLength(MAX_ERRORS);
  });

  it('refuses what is not a workbook, a file over the size cap and a zip bomb, before the spreadsheet library reads it', async () => {
    await expect(readWorkbook(new TextEncoder().encode('hello'), CATALOGUE)).rejects.toThrow(AppFailure);
    // A zip that is not a spreadsheet passes the archive's bounds and is refused by the reader.
    await expect(readWorkbook(notASpreadsheet(), CATALOGUE)).rejects.toThrow(/workbook-not-a-workbook/);
    const tooBig = new Uint8Array(WORKBOOK_LIMITS.maxFileBytes + 1);
    expect(() => checkArchive(tooBig)).toThrow(/workbook-too-large/);
    expect(() => checkArchive(bomb())).toThrow(/workbook-unpacked-too-large/);
    // A valid workbook passes the same check.
    expect(() => checkArchive(new Uint8Array(PROGRAMME_BYTES))).not.toThrow();
  });
});

const PROGRAMME_BYTES = await filled(PROGRAMME_2026);

/** A zip with one entry that inflates to 100 MB, declaring 10 bytes. */
function bomb(): Uint8Array {
  return zipOf(deflateRawSync(Buffer.alloc(100 * 1024 * 1024)));
}

function notASpreadsheet(): Uint8Array {
  return zipOf(deflateRawSync(Buffer.from('<not-a-workbook/>')));
}

/** A zip of one deflated entry named as a workbook's main part, its sizes declared as 10 bytes. */
function zipOf(raw: Buffer): Uint8Array {
  const name = Buffer.from('xl/workbook.xml');
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(8, 8);
  local.writeUInt32LE(raw.length, 18);
  local.writeUInt32LE(10, 22);
  local.writeUInt16LE(name.length, 26);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0);
  central.writeUInt16LE(8, 10);
  central.writeUInt32LE(raw.length, 20);
  central.writeUInt32LE(10, 24);
  central.writeUInt16LE(name.length, 28);
  central.writeUInt32LE(0, 42);
  const cdOffset = local.length + name.length + raw.length;
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(1, 8);
  end.writeUInt16LE(1, 10);
  end.writeUInt32LE(central.length + name.length, 12);
  end.writeUInt32LE(cdOffset, 16);
  return Buffer.concat([local, name, raw, central, name, end]);
}
