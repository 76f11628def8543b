import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AppFailure } from '../../shared/errors';
import { Database, ProgressReport } from '../../shared/model';
import { fold, recordOf } from '../../shared/sync/fold';
import { formatHlc } from '../../shared/sync/hlc';
import { compareNumerals, loadSeed, romanValue, SEED_EDITION, SEED_SITE } from '../../electron/seed';
import { defaultSeedDir } from '../../electron/store';

const DATA = defaultSeedDir();

function seedFailure(dataDir: string): AppFailure {
  try {
    loadSeed(dataDir);
  } catch (e) {
    if (e instanceof AppFailure) return e;
    throw e;
  }
  throw new Error('expected the seed to be refused');
}

describe('loadSeed on the real data', () => {
  const db = loadSeed(DATA);

  it('is a valid database with no identity and an empty sync state', () => {
    expect(Database.safeParse(db).success).toBe(true);
    expect(db.identity).toBeNull();
    expect(db.sync).toEqual({
      publicKey: null,
      privateKey: null,
      exportSeq: 0,
      lastExportHlc: null,
      trusted: [],
      lastSeq: {},
      history: [],
    });
  });

  it('orders the 2020-2021 groups as the programme numbers them', () => {
    const p = db.programmes.find((x) => x.id === '2020-2021');
    expect(p).toBeDefined();
    const numerals = p!.groups.map((g) => g.numeral);
    expect(numerals).toEqual([...numerals].sort(compareNumerals));
    expect(numerals[0]).toBe('I');
    expect(new Set(p!.groups.flatMap((g) => g.activities.map((a) => a.id))).size).toBe(
      p!.groups.reduce((n, g) => n + g.activities.length, 0),
    );
  });

  it('loads every country and institution file', () => {
    expect(db.countries.length).toBe(JSON.parse(readFileSync(join(DATA, 'countries.json'), 'utf8')).length);
    expect(db.institutions.map((i) => i.id)).toContain('eclac-statistics');
  });

  it('turns seeded progress reports and meetings into identical operations on every installation, stamped by their edition', () => {
    const again = loadSeed(DATA);
    expect(again.ops).toEqual(db.ops);
    expect(db.seedEdition).toBe(SEED_EDITION);
    // Edition N at wall time N - 1: later than every stamp of an earlier edition.
    db.ops.forEach((op, i) => {
      expect(op.site).toBe(SEED_SITE);
      expect(op.hlc).toBe(formatHlc(SEED_EDITION - 1, i, SEED_SITE));
    });
    expect(new Set(db.ops.map((op) => op.entity))).toEqual(new Set(['progress', 'meeting']));
    expect(db.clock).toEqual({ wall: SEED_EDITION - 1, counter: db.ops.length - 1 });
    const folded = fold(db.ops);
    for (const op of db.ops.filter((o) => o.entity === 'progress')) {
      const report = ProgressReport.parse({ id: op.key, ...recordOf(folded.progress.get(op.key)) });
      expect(report.id).toBe(op.key);
      expect(op.fields).not.toHaveProperty('id');
    }
  });
});

describe('loadSeed on broken or partial data', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'cea-seed-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('tolerates folders that are not written yet', () => {
    const db = loadSeed(dir);
    expect(db.programmes).toEqual([]);
    expect(db.countries).toEqual([]);
    expect(db.ops).toEqual([]);
  });

  it('names the file that does not match the model', () => {
    cpSync(join(DATA, 'programmes', '2020-2021'), join(dir, 'programmes', '2020-2021'), { recursive: true });
    const groupFile = join(dir, 'programmes', '2020-2021', 'groups', 'I.json');
    const group = JSON.parse(readFileSync(groupFile, 'utf8'));
    group.activities[0].id = 'not an id';
    writeFileSync(groupFile, JSON.stringify(group));
    const failure = seedFailure(dir);
    expect(failure.error.i18nKey).toBe('store:seed-invalid');
    expect(failure.error.details?.file).toBe(join('programmes', '2020-2021', 'groups', 'I.json'));
    expect(String(failure.error.details?.issue)).toContain('activities.0.id');
  });

  it('names a file that is not JSON', () => {
    writeFileSync(join(dir, 'countries.json'), '[{"iso3":');
    expect(seedFailure(dir).error.details?.file).toBe('countries.json');
  });

  it('refuses a progress report on an activity the programmes do not have', () => {
    mkdirSync(join(dir, 'progress'));
    const report = JSON.parse(readFileSync(join(DATA, 'progress', '2009-2011-MDG.json'), 'utf8'))[0];
    writeFileSync(
      join(dir, 'progress', 'x.json'),
      JSON.stringify([{ ...report, activity: '2020-2021/I/99', objective: null }]),
    );
    const failure = seedFailure(dir);
    expect(failure.error.details).toEqual({
      file: join('progress', 'x.json'),
      issue: 'activity: 2020-2021/I/99 is not in the programmes',
    });
  });
});

describe('roman numeral order', () => {
  it('reads numerals and puts named groups last', () => {
    expect(['XI', 'MDG', 'IX', 'II', 'X', 'I', 'IV', 'VIII'].sort(compareNumerals)).toEqual([
      'I',
      'II',
      'IV',
      'VIII',
      'IX',
      'X',
      'XI',
      'MDG',
    ]);
    expect(romanValue('XIV')).toBe(14);
    expect(romanValue('MDG')).toBeNull();
    expect(romanValue('IIII')).toBeNull();
  });
});
