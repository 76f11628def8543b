import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cli } from './runCli';

const INIT = [
  'init',
  '--role',
  'focal-point',
  '--country',
  'COL',
  '--group',
  'VII',
  '--name',
  'Ana Pérez',
  '--email',
  'ana@dane.gov.co',
];
const BUDGET = [
  'budget',
  'add',
  '--group',
  'VII',
  '--kind',
  'expenditure',
  '--source',
  'DANE',
  '--currency',
  'USD',
];

let dir: string;
let db: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'cea-cli-contract-'));
  db = join(dir, 'db.json');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('writes go through the handlers', () => {
  beforeEach(async () => {
    expect((await cli([...INIT, '--lang', 'en', '--db', db])).code).toBe(0);
  });

  it('a budget entry the form would refuse is refused in the handler’s words, and nothing is saved', async () => {
    const before = readFileSync(db, 'utf8');
    const r = await cli([...BUDGET, '--amount', '-5', '--db', db]);
    expect(r).toEqual({
      code: 1,
      stdout: '',
      stderr: 'The data sent is not valid (field “amount”: Too small: expected number to be >0).\n',
    });
    expect(readFileSync(db, 'utf8')).toBe(before);
  });

  it('progress on an activity the plan does not hold is refused by the handler, and nothing is saved', async () => {
    const before = readFileSync(db, 'utf8');
    const r = await cli([
      'progress',
      'set',
      '--activity',
      '2020-2021/VII/99',
      '--status',
      'in-progress',
      '--percent',
      '10',
      '--note',
      'x',
      '--db',
      db,
    ]);
    expect(r).toEqual({ code: 1, stdout: '', stderr: 'Activity 2020-2021/VII/99 was not found.\n' });
    expect(readFileSync(db, 'utf8')).toBe(before);
  });

  it('a bare group numeral is one of the current programme', async () => {
    const r = await cli([...BUDGET, '--amount', '12.5', '--db', db]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^Recorded \S+: expenditure 12\.5 USD \(2020-2021\/VII\)\n$/);
  });

  it('conflicts are listed and settled through the contract', async () => {
    expect(await cli(['conflicts', '--db', db])).toEqual({ code: 0, stdout: 'No conflicts.\n', stderr: '' });
    const before = readFileSync(db, 'utf8');
    const r = await cli(['conflicts', '--resolve', 'x', '--choose', 'not-a-stamp', '--db', db]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^The data sent is not valid \(field “chosen”: /);
    expect(readFileSync(db, 'utf8')).toBe(before);
  });

  it('export refuses a bundle with nothing new, as the app does, and writes no file', async () => {
    const out = join(dir, 'x.ceabundle');
    expect((await cli(['export', '--all', '--out', out, '--db', db])).code).toBe(0);
    const again = await cli(['export', '--out', join(dir, 'y.ceabundle'), '--db', db]);
    expect(again.code).toBe(1);
    expect(again.stdout).toBe('');
  });
});

describe('the CLI speaks the user’s language', () => {
  it('in French with --lang fr, whatever the database says', async () => {
    expect((await cli([...INIT, '--lang', 'es', '--db', db])).code).toBe(0);
    const refused = await cli(['groups', '--programme', 'nope', '--lang', 'fr', '--db', db]);
    expect(refused.stderr).toBe(
      'Programme inconnu « nope ». Programmes : 2009-2011, 2012-2013, 2020-2021.\n',
    );
    const handler = await cli([...BUDGET, '--amount', '-5', '--lang', 'fr', '--db', db]);
    expect(handler.stderr).toMatch(/^Les données envoyées ne sont pas valides \(champ « amount » : /);
    const recorded = await cli([...BUDGET, '--amount', '3', '--lang=fr', '--db', db]);
    expect(recorded.stdout).toMatch(/^Enregistré \S+ : expenditure 3 USD \(2020-2021\/VII\)\n$/);
  });

  it('in the database’s language without --lang, even on an English system', async () => {
    expect((await cli([...INIT, '--lang', 'pt', '--db', db])).code).toBe(0);
    const r = await cli(['groups', '--programme', 'nope', '--db', db], { LANG: 'en_US.UTF-8' });
    expect(r.stderr).toBe('Programa desconhecido “nope”. Programas: 2009-2011, 2012-2013, 2020-2021.\n');
  });

  it('in the system’s language before there is a database, and the identity keeps it', async () => {
    const r = await cli([...INIT, '--db', db], { LANG: 'fr_FR.UTF-8' });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^Identité créée pour Ana Pérez <ana@dane\.gov\.co> /);
    expect(JSON.parse(readFileSync(db, 'utf8')).identity.lang).toBe('fr');
  });

  it('refuses a language it does not speak, in the system’s', async () => {
    const r = await cli(['programmes', '--lang', 'de', '--db', db], { LANG: 'es_CO.UTF-8' });
    expect(r).toEqual({
      code: 1,
      stdout: '',
      stderr: 'Valor no válido para --lang: «de». Valores admitidos: es, en, pt, fr.\n',
    });
  });
});
