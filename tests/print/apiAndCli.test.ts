import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli, parseCsv } from '../cli/runCli';
import { harness } from '../handlers/harness';
import type { Harness } from '../handlers/harness';

describe('print API', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await harness();
  });
  afterAll(async () => {
    await h.close();
  });

  it('sheet.html gives the preview a standalone document with its print stylesheet', async () => {
    const { html } = await h.ok('sheet.html', { groupId: 'VII', lang: 'es', paper: 'letter' });
    expect(html).toMatch(/^<!doctype html>\n<html lang="es">/);
    expect(html).toContain('size: letter portrait');
    expect(html).toContain('.cea-sheet thead { display: table-header-group; }');
    expect(html).toContain('break-inside: avoid');
    expect(html).toContain('counter(page)');
    expect(html).toContain(
      'VII. Diagnóstico de las capacidades de los sistemas estadísticos para medir la migración internacional',
    );
    const country = await h.ok('sheet.html', { country: 'COL', lang: 'en', paper: 'a4' });
    expect(country.html).toContain('Colombia');
    expect(country.html).toContain('size: A4 portrait');
  });

  it('refuses what it cannot print with a translatable error', async () => {
    expect(await h.err('sheet.html', { groupId: '2020-2021/XX', lang: 'es', paper: 'a4' })).toMatchObject({
      code: 'UNKNOWN_GROUP',
      i18nKey: 'sheets:errors.unknownGroup',
      details: { group: '2020-2021/XX' },
    });
    expect(await h.err('sheet.html', { country: 'ZZZ', lang: 'es', paper: 'a4' })).toMatchObject({
      code: 'UNKNOWN_COUNTRY',
    });
    expect(await h.err('sheet.html', { lang: 'es', paper: 'a4' })).toMatchObject({ code: 'invalid-input' });
  });

  it('hands the renderer the files to save: a PDF, a .docx and an .xlsx', async () => {
    const pdf = await h.ok('sheet.pdf', { groupId: '2020-2021/X', lang: 'pt', paper: 'a4' });
    expect(pdf).toMatchObject({ mimeType: 'application/pdf', fileName: 'ficha-grupo-X.pdf' });
    expect(Buffer.from(pdf.base64, 'base64').subarray(0, 5).toString()).toBe('%PDF-');
    const docx = await h.ok('report.docx', { groupId: '2009-2011/MDG', lang: 'en' });
    // Named in the reader's language, whatever the language the report is written in.
    expect(docx.fileName).toBe('group-MDG-report.docx');
    expect(
      (await h.ok('report.docx', { groupId: '2009-2011/MDG', lang: 'es', fileLang: 'pt' })).fileName,
    ).toBe('relatório-grupo-MDG.docx');
    const xml = strFromU8(
      unzipSync(Buffer.from(docx.base64, 'base64'))['word/document.xml'] ?? new Uint8Array(),
    );
    expect(xml).toContain('A. General and specific objectives');
    const xlsx = await h.ok('spreadsheet.xlsx', { programmeId: '2020-2021', lang: 'fr' });
    expect(xlsx.fileName).toBe('programme-2020-2021.xlsx');
    expect((await h.ok('sheet.pdf', { country: 'MEX', lang: 'es', paper: 'a4' })).fileName).toBe(
      'ficha-México.pdf',
    );
    expect(
      (await h.ok('sheet.pdf', { groupId: 'X', country: 'MEX', lang: 'fr', paper: 'a4' })).fileName,
    ).toBe('fiche-groupe-X-Mexique.pdf');
    expect(Object.keys(unzipSync(Buffer.from(xlsx.base64, 'base64')))).toEqual(
      expect.arrayContaining(['xl/worksheets/sheet1.xml', 'xl/worksheets/sheet3.xml']),
    );
  });
});

describe('print commands of the CLI', () => {
  let dir: string;
  let db: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'cea-print-cli-'));
    db = join(dir, 'cea.json');
    const init = await cli([
      'init',
      '--role',
      'secretariat',
      '--name',
      'CEPAL',
      '--email',
      'stats@cepal.org',
      '--db',
      db,
    ]);
    expect(init.code).toBe(0);
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('writes a sheet as HTML and names the file it wrote', async () => {
    const out = join(dir, 'x.html');
    const r = await cli([
      'sheet',
      '--group',
      '2020-2021/X',
      '--lang',
      'fr',
      '--paper',
      'a4',
      '--out',
      out,
      '--db',
      db,
    ]);
    expect(r).toMatchObject({ code: 0, stdout: `${out}\n`, stderr: '' });
    expect(await readFile(out, 'utf8')).toContain('Fiche de situation du groupe de travail');
  });

  it('says clearly what is wrong and writes nothing', async () => {
    const out = join(dir, 'bad.pdf');
    const noBrowser = await cli(
      ['sheet', '--group', 'X', '--lang', 'en', '--paper', 'a4', '--out', out, '--db', db],
      { CEA_CHROMIUM: join(dir, 'no-such-chromium') },
    );
    expect(noBrowser.code).toBe(1);
    expect(noBrowser.stderr).toContain('No Chromium or Chrome was found to make the PDF');
    expect(
      (await cli(['sheet', '--lang', 'en', '--paper', 'a4', '--out', out, '--db', db])).stderr,
    ).toContain('--group');
    expect(
      (await cli(['sheet', '--group', 'X', '--lang', 'en', '--paper', 'a3', '--out', out, '--db', db]))
        .stderr,
    ).toContain('--paper');
    expect(
      (
        await cli([
          'sheet',
          '--group',
          'X',
          '--lang',
          'en',
          '--paper',
          'a4',
          '--out',
          join(dir, 'x.doc'),
          '--db',
          db,
        ])
      ).stderr,
    ).toContain('The output file must end in .pdf, .html');
    expect(
      (
        await cli([
          'report',
          '--group',
          '2009-2011/MDG',
          '--lang',
          'pt',
          '--out',
          join(dir, 'r.docx'),
          '--db',
          db,
        ])
      ).code,
    ).toBe(1);
    expect(existsSync(out)).toBe(false);
    expect(existsSync(join(dir, 'r.docx'))).toBe(false);
  });

  it('writes the activity report and one CSV table', async () => {
    const docx = join(dir, 'mdg.docx');
    expect(
      (await cli(['report', '--group', '2009-2011/MDG', '--lang', 'es', '--out', docx, '--db', db])).code,
    ).toBe(0);
    expect(strFromU8(unzipSync(await readFile(docx))['word/document.xml'] ?? new Uint8Array())).toContain(
      'E. Planificación de actividades (2012-2013)',
    );
    const csv = join(dir, 'plan.csv');
    const r = await cli([
      'spreadsheet',
      '--programme',
      '2012-2013',
      '--sheet',
      'plan',
      '--lang',
      'es',
      '--out',
      csv,
      '--db',
      db,
    ]);
    expect(r).toMatchObject({ code: 0, stdout: `${csv}\n` });
    const rows = parseCsv((await readFile(csv, 'utf8')).replace(/^\uFEFF/, ''));
    expect(rows[0]).toEqual([
      'Grupo',
      'ID de actividad',
      'N.º',
      'Sección',
      'Actividad',
      'Inicio previsto',
      'Fin previsto',
      'Inicio (según el texto)',
      'Fin (según el texto)',
    ]);
    expect(rows[1]?.slice(0, 4)).toEqual([
      'MDG',
      '2012-2013/MDG/1.a',
      '1.a',
      'Actividades generales de planificación y gestión',
    ]);
  });
});
