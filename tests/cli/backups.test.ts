import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readDatabase } from '../../electron/store';
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
const REPORT = [
  'progress',
  'set',
  '--activity',
  '2020-2021/VII/3',
  '--status',
  'in-progress',
  '--note',
  'Cuestionario enviado',
];

let dir: string;
let db: string;
beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'cea-cli-backups-'));
  db = join(dir, 'db.json');
  expect((await cli([...INIT, '--db', db])).code).toBe(0);
  // Two saves after init: the newest save backup is then the database as it stood after the first.
  expect((await cli([...REPORT, '--percent', '10', '--db', db])).code).toBe(0);
  expect((await cli([...REPORT, '--percent', '20', '--db', db])).code).toBe(0);
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const opCount = async () => (await readDatabase(db)).ops.length;

describe('backups and restore on the command line', () => {
  it('lists the backups newest first', async () => {
    const r = await cli(['backups', '--db', db]);
    expect(r.code).toBe(0);
    const lines = r.stdout.trim().split('\n');
    expect(lines.length).toBeGreaterThanOrEqual(2);
    expect(lines[0]).toMatch(/\tsave\t\d+ operations$/);
  });

  for (const [damage, bytes] of [
    ['truncated', (text: string) => text.slice(0, Math.floor(text.length / 3))],
    ['zero-filled', (text: string) => '\0'.repeat(text.length)],
  ] as const) {
    it(`a ${damage} database is refused, then restored from the newest good backup, the bad file kept`, async () => {
      const before = await opCount();
      const bad = bytes(readFileSync(db, 'utf8'));
      writeFileSync(db, bad);
      const refused = await cli(['groups', '--programme', '2020-2021', '--db', db]);
      expect(refused.code).toBe(1);
      expect(refused.stderr.trim().split('\n')).toHaveLength(1);
      const r = await cli(['restore', '--db', db]);
      expect(r.code).toBe(0);
      expect(r.stdout).toMatch(/^restored .*save.*; the refused file is kept at .*db\.json\.corrupt-/);
      expect(await opCount()).toBe(before - 1);
      const kept = readdirSync(dir).find((f) => f.startsWith('db.json.corrupt-'))!;
      expect(readFileSync(join(dir, kept), 'utf8')).toBe(bad);
      expect((await cli(['groups', '--programme', '2020-2021', '--db', db])).code).toBe(0);
    });
  }

  it('restores a backup chosen by name, and refuses a name it does not have', async () => {
    const names = (await cli(['backups', '--db', db])).stdout
      .trim()
      .split('\n')
      .map((l) => l.split('\t')[0]!);
    const oldest = names.at(-1)!;
    expect((await cli(['restore', '--backup', oldest, '--db', db])).code).toBe(0);
    const unknown = await cli(['restore', '--backup', '../../etc/passwd', '--db', db]);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('never touches a database written by a newer version', async () => {
    const newer = JSON.stringify({ ...JSON.parse(readFileSync(db, 'utf8')), schemaVersion: 99 });
    writeFileSync(db, newer);
    const names = (await cli(['backups', '--db', db])).stdout
      .trim()
      .split('\n')
      .map((l) => l.split('\t')[0]!);
    for (const argv of [['restore'], ['restore', '--backup', names[0]!]]) {
      const r = await cli([...argv, '--db', db]);
      expect(r.code).toBe(1);
      expect(readFileSync(db, 'utf8')).toBe(newer);
    }
  });

  it('says so when there is nothing to restore', async () => {
    const r = await cli(['restore', '--db', db]);
    expect(r).toMatchObject({ code: 0, stdout: 'the database opens as it is: nothing to restore\n' });
  });
});

describe('progress set', () => {
  it('asks for --note once the activity has started, naming the option, and saves nothing', async () => {
    const before = readFileSync(db, 'utf8');
    const r = await cli([
      'progress',
      'set',
      '--activity',
      '2020-2021/VII/3',
      '--status',
      'in-progress',
      '--percent',
      '30',
      '--db',
      db,
    ]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^The option --note is required\./);
    expect(readFileSync(db, 'utf8')).toBe(before);
  });
});
