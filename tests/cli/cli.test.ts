import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Database } from '../../shared/model';
import { ACTIVITY_COLUMNS } from '../../electron/cli/commands/activities';
import { COMMANDS } from '../../electron/cli/commands';
import { loadSeed } from '../../electron/seed';
import { defaultSeedDir, readDatabase } from '../../electron/store';
import { cli, parseCsv } from './runCli';

const DATA = defaultSeedDir();
const SEED = loadSeed(DATA);
const PLAN = SEED.programmes.find((p) => p.id === '2020-2021')!;
const INIT = [
  'init',
  '--role',
  'focal-point',
  '--country',
  'COL',
  '--group',
  'I',
  '--group',
  'vii',
  '--name',
  'Ana Pérez',
  '--email',
  'ana@dane.gov.co',
  '--lang',
  'en',
];

let dir: string;
let db: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'cea-cli-'));
  db = join(dir, 'nested', 'db.json');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function stored(): Promise<Database> {
  return readDatabase(db);
}

describe('init', () => {
  it('creates a seeded database with the identity and a random installation id', async () => {
    const r = await cli([...INIT, '--db', db]);
    expect(r).toMatchObject({ code: 0, stderr: '' });
    const saved = await stored();
    expect(saved.identity).toMatchObject({
      name: 'Ana Pérez',
      email: 'ana@dane.gov.co',
      country: 'COL',
      role: 'focal-point',
      groups: ['2020-2021/I', '2020-2021/VII'],
      lang: 'en',
    });
    // Made by the same handler as the app's first run: 16 random bytes.
    expect(saved.identity?.installation).toMatch(/^[0-9a-f]{32}$/);
    expect(r.stdout).toContain(saved.identity!.installation);
    expect(saved.programmes).toEqual(SEED.programmes);
  });

  it('finds the database through CEA_DB when --db is not given', async () => {
    expect((await cli(INIT, { CEA_DB: db })).code).toBe(0);
    expect((await stored()).identity?.name).toBe('Ana Pérez');
  });

  it('refuses a second identity and leaves the file as it was', async () => {
    await cli([...INIT, '--db', db]);
    const before = readFileSync(db, 'utf8');
    const r = await cli([
      'init',
      '--role',
      'secretariat',
      '--name',
      'Other',
      '--email',
      'o@cepal.org',
      '--db',
      db,
    ]);
    expect(r).toEqual({
      code: 1,
      stdout: '',
      stderr: `The database ${db} already has an identity (Ana Pérez, focal-point). It was not changed.\n`,
    });
    expect(readFileSync(db, 'utf8')).toBe(before);
  });

  it('gives a secretariat an identity without country or groups', async () => {
    expect(
      (
        await cli([
          'init',
          '--role',
          'secretariat',
          '--name',
          'CEPAL',
          '--email',
          'stats@cepal.org',
          '--db',
          db,
        ])
      ).code,
    ).toBe(0);
    expect((await stored()).identity).toMatchObject({
      role: 'secretariat',
      country: null,
      groups: [],
      // No --lang: the system's language, as the app's first run starts from the browser's.
      lang: 'en',
    });
  });

  // The answers are checked by identity.set, the first-run form's handler, which says what it says there.
  it.each([
    [['--country', 'XXX'], 'Country XXX is not in the catalogue.'],
    [['--group', 'XII'], 'Working group 2020-2021/XII was not found.'],
    [['--email', 'not-an-email'], 'The data sent is not valid (field “email”: Invalid email address).'],
    [['--role', 'boss'], 'Invalid value for --role: "boss". Allowed: focal-point, coordinator, secretariat.'],
    [['--lang', 'de'], 'Invalid value for --lang: "de". Allowed: es, en, pt, fr.'],
    [
      ['--name', '   '],
      'The data sent is not valid (field “name”: Too small: expected string to have >=1 characters).',
    ],
  ])('refuses %j with one clear line and creates nothing', async (override, message) => {
    const args = [...INIT];
    const at = args.indexOf(override[0]!);
    if (at >= 0) args.splice(at, 2, ...override);
    const r = await cli([...args, '--db', db]);
    expect(r).toEqual({ code: 1, stdout: '', stderr: message + '\n' });
    expect(existsSync(db)).toBe(false);
  });

  it('needs a country and a group for a focal point', async () => {
    const noGroup = await cli([
      'init',
      '--role',
      'focal-point',
      '--country',
      'COL',
      '--name',
      'A',
      '--email',
      'a@b.co',
      '--db',
      db,
    ]);
    expect(noGroup.stderr).toBe('Please check the highlighted fields. (groups: This field is required.)\n');
    const noCountry = await cli([
      'init',
      '--role',
      'coordinator',
      '--group',
      'I',
      '--name',
      'A',
      '--email',
      'a@b.co',
      '--db',
      db,
    ]);
    expect(noCountry.stderr).toBe(
      'Please check the highlighted fields. (country: This field is required.)\n',
    );
    const missing = await cli(['init', '--role', 'coordinator', '--db', db]);
    expect(missing.stderr).toMatch(/^The option --name is required\. Usage: init --role/);
    expect(existsSync(db)).toBe(false);
  });
});

describe('reading commands', () => {
  beforeEach(async () => {
    expect((await cli([...INIT, '--db', db])).code).toBe(0);
  });

  it('lists the programmes and the groups in order', async () => {
    const programmes = await cli(['programmes', '--db', db]);
    expect(
      programmes.stdout
        .trimEnd()
        .split('\n')
        .map((l) => l.split('\t')[0]),
    ).toEqual(SEED.programmes.map((p) => p.id));
    const groups = await cli(['groups', '--programme', '2020-2021', '--db', db]);
    expect(
      groups.stdout
        .trimEnd()
        .split('\n')
        .map((l) => l.split('\t')[0]),
    ).toEqual(PLAN.groups.map((g) => g.numeral));
    expect(groups.stdout.split('\n')[0]).toContain('COL');
  });

  it('exports the whole 2020-2021 plan as RFC 4180 CSV', async () => {
    const r = await cli(['activities', '--programme', '2020-2021', '--format', 'csv', '--db', db]);
    expect(r.code).toBe(0);
    const [header, ...rows] = parseCsv(r.stdout);
    expect(header).toEqual([...ACTIVITY_COLUMNS]);
    const activities = PLAN.groups.flatMap((g) => g.activities);
    expect(rows).toHaveLength(activities.length);
    expect(rows.length).toBeGreaterThan(0);
    rows.forEach((row, i) => {
      const a = activities[i]!;
      expect(row).toHaveLength(ACTIVITY_COLUMNS.length);
      expect(row.slice(0, 4)).toEqual([a.id, '2020-2021', a.group, a.number]);
      expect(row[4]!.split('\n')[0]).toBe(a.text.en ?? '');
      expect(row[5]!.split('\n')[0]).toBe(a.text.es ?? '');
      expect(row[6]).toBe(a.plannedStart.month ?? '');
      expect(row[7]).toBe(a.plannedEnd.month ?? '');
    });
    const byId = new Map(rows.map((row) => [row[0], row]));
    const tbd = activities.find((a) => a.plannedStart.words && a.plannedEnd.words);
    const column = (row: string[] | undefined, name: (typeof ACTIVITY_COLUMNS)[number]) =>
      row?.[ACTIVITY_COLUMNS.indexOf(name)];
    // Dates in words in the row's language: English in the English column, Spanish in the Spanish one.
    expect(column(byId.get(tbd!.id), 'planned_note_en')).toBe(
      `Planned start: ${tbd!.plannedStart.words!.en}; Planned end: ${tbd!.plannedEnd.words!.en}`,
    );
    expect(column(byId.get(tbd!.id), 'planned_note_es')).toBe(
      `Inicio previsto: ${tbd!.plannedStart.words!.es}; Fin previsto: ${tbd!.plannedEnd.words!.es}`,
    );
    // Footnotes and section labels are kept: group I's activity 8 carries note a of its plan table.
    const i8 = PLAN.groups.find((g) => g.numeral === 'I')!;
    const noteA = i8.footnotes.find((f) => f.mark === 'a')!;
    expect(column(byId.get('2020-2021/I/8'), 'footnotes_en')).toBe(`a ${noteA.text.en}`);
    expect(column(byId.get('2020-2021/I/8'), 'footnotes_es')).toBe(`a ${noteA.text.es}`);
    const mdg = parseCsv(
      (await cli(['activities', '--programme', '2012-2013', '--format', 'csv', '--db', db])).stdout,
    );
    const a4 = mdg.find((row) => row[0] === '2012-2013/MDG/4.a');
    // "4. Actividades relacionadas con el objetivo 3 (formación y capacitación)", with our note on its numbering.
    expect(column(a4, 'section_es')).toBe(
      'Actividades relacionadas con el objetivo 3 (formación y capacitación)',
    );
    expect(column(a4, 'footnotes_es')).toMatch(/^n Encabezado tal como figura en el informe/);
    const withItems = activities.find((a) => a.subItems.length > 0 && a.subItems.every((s) => s.en));
    expect(byId.get(withItems!.id)?.[4]).toBe(
      [withItems!.text.en, ...withItems!.subItems.map((s) => `- ${s.en}`)].join('\n'),
    );
    // Texts with commas and line breaks exist in the plan, so quoting was exercised.
    expect(r.stdout).toMatch(/,"[^"]*,/);
  });

  it('exports the same rows as JSON', async () => {
    const csv = parseCsv(
      (await cli(['activities', '--programme', '2020-2021', '--format', 'csv', '--db', db])).stdout,
    );
    const json = JSON.parse(
      (await cli(['activities', '--programme', '2020-2021', '--format', 'json', '--db', db])).stdout,
    ) as Record<string, string>[];
    expect(json.map((o) => ACTIVITY_COLUMNS.map((c) => o[c]))).toEqual(csv.slice(1));
  });

  it.each([
    [['groups'], /^The option --programme is required\. Usage: groups --programme ID$/],
    [
      ['groups', '--programme', '1999-2000'],
      /^Unknown programme "1999-2000"\. Programmes: 2009-2011, 2012-2013, 2020-2021\.$/,
    ],
    [
      ['activities', '--programme', '2020-2021', '--format', 'xlsx'],
      /^Invalid value for --format: "xlsx"\. Allowed: csv, json\.$/,
    ],
    [['programmes', 'extra'], /^Unexpected argument "extra"\. Usage: programmes$/],
    [
      ['frobnicate'],
      new RegExp(`^Unknown command "frobnicate"\\. Commands: ${COMMANDS.map((c) => c.name).join(', ')}\\.$`),
    ],
  ])('refuses %j with one line on stderr', async (args, message) => {
    const r = await cli([...args, '--db', db]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr.endsWith('\n') && r.stderr.split('\n').length === 2).toBe(true);
    expect(r.stderr.trimEnd()).toMatch(message);
  });
});

it('says a database is missing rather than creating one for a reading command', async () => {
  const r = await cli(['programmes', '--db', db]);
  expect(r).toEqual({
    code: 1,
    stdout: '',
    stderr: `There is no database at ${db}. Create it with "init" or choose another file.\n`,
  });
  expect(existsSync(join(dir, 'nested'))).toBe(false);
});

it('answers no command at all with the synopsis on one line', async () => {
  const names = COMMANDS.map((c) => c.name).join(', ');
  expect(await cli([])).toEqual({
    code: 1,
    stdout: '',
    stderr: `Usage: npm run cli -- <command> [--db FILE] [--lang es|en|pt|fr] [options]; commands: ${names}, help\n`,
  });
});

it('shows the commands for help', async () => {
  const r = await cli(['help']);
  expect(r.code).toBe(0);
  expect(r.stdout).toContain('activities --programme ID --format csv|json');
});

it('registers each command once, under the name its usage starts with', () => {
  const names = COMMANDS.map((c) => c.name);
  expect(new Set(names).size).toBe(names.length);
  for (const c of COMMANDS) expect(c.usage.split(' ')[0]).toBe(c.name);
});
