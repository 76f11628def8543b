import { chmodSync, copyFileSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { csvField, toCsv } from '../../electron/cli/csv';
import { openStore } from '../../electron/store';
import { cli, parseCsv } from './runCli';

const ROOT = join(import.meta.dirname, '..', '..');
let dir: string;
let db: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'cea-cli-smalls-'));
  db = join(dir, 'cea.json');
  const init = await cli([
    'init',
    '--role',
    'focal-point',
    '--country',
    'COL',
    '--group',
    'VII',
    '--name',
    'Ana',
    '--email',
    'ana@dane.gov.co',
    '--db',
    db,
  ]);
  expect(init.code, init.stderr).toBe(0);
});
afterAll(() => chmodSync(dir, 0o755));

describe('the smaller failures of issue 11 (point 10)', () => {
  it('import /dev/zero is refused as too large after reading at most the limit', async () => {
    const r = await cli(['import', '/dev/zero', '--db', db]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^zero is too large \(\d+ bytes; at most 33554432\)\.\n$/);
  });

  it('CSV cells that a spreadsheet would run as a formula are neutralised, as OWASP recommends', async () => {
    for (const formula of [
      '=HYPERLINK("http://evil","x")',
      "=cmd|' /C calc'!A0",
      '+1+1',
      '-2+3',
      '@SUM(A1)',
      '\tx',
      '\rx',
    ]) {
      expect(parseCsv(toCsv(['a'], [[formula]]))[1]![0]).toBe(`'${formula}`);
    }
    expect(csvField('Taller, 2020')).toBe('"Taller, 2020"');
    expect(csvField('1250.50')).toBe('1250.50');
    const add = await cli([
      'budget',
      'add',
      '--group',
      'VII',
      '--kind',
      'expenditure',
      '--source',
      'DANE',
      '--amount',
      '10',
      '--currency',
      'USD',
      '--purpose',
      "=cmd|' /C calc'!A0",
      '--db',
      db,
    ]);
    expect(add.code, add.stderr).toBe(0);
    const out = join(dir, 'budget.csv');
    const sheet = await cli([
      'spreadsheet',
      '--programme',
      '2020-2021',
      '--sheet',
      'budget',
      '--out',
      out,
      '--db',
      db,
    ]);
    expect(sheet.code, sheet.stderr).toBe(0);
    const text = readFileSync(out, 'utf8');
    expect(text).toContain("'=cmd|' /C calc'!A0");
    expect(text).not.toMatch(/(^|,)=cmd/m);
  });

  it('state --hash reads a database in a read-only folder: read-only commands take no lock', async () => {
    const before = await cli(['state', '--hash', '--db', db]);
    chmodSync(dir, 0o555);
    try {
      const r = await cli(['state', '--hash', '--db', db]);
      expect(r.code, r.stderr).toBe(0);
      expect(r.stdout).toBe(before.stdout);
      expect((await cli(['groups', '--programme', '2020-2021', '--db', db])).code).toBe(0);
    } finally {
      chmodSync(dir, 0o755);
    }
    // Even while the app holds the database (and its lock), reading it works.
    const open = await openStore({ file: db });
    try {
      expect((await cli(['state', '--hash', '--db', db])).stdout).toBe(before.stdout);
    } finally {
      await open.close();
    }
  });

  it('a CLI whose output pipe closes early ends quietly, without an EPIPE stack trace', () => {
    const r = spawnSync(
      'sh',
      [
        '-c',
        `npx tsx electron/cli/index.ts activities --programme 2020-2021 --format csv --db '${db}' | head -c 10`,
      ],
      { cwd: ROOT, encoding: 'utf8' },
    );
    expect(r.stdout.length).toBe(10);
    expect(r.stderr).not.toMatch(/EPIPE|at .*\(/);
  });

  it('quarantine lists, in words, what the upgrade set aside', async () => {
    const old = join(dir, 'old.json');
    copyFileSync(join(ROOT, 'tests/store/fixtures/focal-point-before-issue-11.json'), old);
    const r = await cli(['quarantine', '--db', old, '--lang', 'en']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain(
      'by Ana Pérez: This change cannot be saved: in the progress report (Colombia · VII.3), “isAdmin” is not a field of it.',
    );
  });

  it('speaks the language a database from before issue 11 chose, on an English system', async () => {
    const old = join(dir, 'old-es.json');
    copyFileSync(join(ROOT, 'tests/store/fixtures/focal-point-before-issue-11.json'), old);
    const r = await cli(['quarantine', '--db', old]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^\d{4}-\d{2}-\d{2}, por Ana Pérez: Este cambio no se puede guardar: en /);
  });
});
