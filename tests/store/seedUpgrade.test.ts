import { copyFileSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadSeed, SEED_EDITION } from '../../electron/seed';
import { openStore } from '../../electron/store';
import { defaultSeedDir } from '../../electron/store/paths';
import { SCHEMA_VERSION, type Database, type Operation } from '../../shared/model';
import { findConflicts } from '../../shared/sync/conflicts';
import { mergeOps } from '../../shared/sync/merge';
import { deriveState } from '../../shared/state';
import { tempDir } from './helpers';

/**
 * tests/fixtures/database-v2.json was written by the released version (schema 2, seed edition 1,
 * commit 93e20b9) with `cli init`, `progress set`, `budget add` and a coordinator's correction of a
 * seeded MDG report. Opening it now must lose nothing and bring the shipped data's corrections in.
 */
const FIXTURE = join(import.meta.dirname, '../fixtures/database-v2.json');
const before = JSON.parse(readFileSync(FIXTURE, 'utf8')) as Database;

let env: ReturnType<typeof tempDir>;
let file: string;
beforeEach(() => {
  env = tempDir();
  file = join(env.dir, 'cea-tracker.json');
  copyFileSync(FIXTURE, file);
});
afterEach(() => env.cleanup());

async function opened(): Promise<Database> {
  const store = await openStore({ file });
  const db = store.read();
  await store.close();
  return db;
}

describe('a database of schema 2 (seed edition 1)', () => {
  it('opens with every operation, the identity, the keys and the sync history it had', async () => {
    const db = await opened();
    expect(db.schemaVersion).toBe(SCHEMA_VERSION);
    expect(db.seedEdition).toBe(SEED_EDITION);
    expect(db.identity).toEqual(before.identity);
    // The upgrade's content check set nothing aside: every operation of this file is valid.
    expect(db.sync).toEqual({ ...before.sync, quarantine: [] });
    expect(db.clock).toEqual(before.clock);
    // Every operation it held, in its place: export positions stay right.
    expect(db.ops.slice(0, before.ops.length)).toEqual(before.ops);
  });

  it('keeps what its users recorded, and their correction of a seeded report wins over the new edition', async () => {
    const state = deriveState(await opened());
    expect(state.reportsByActivity.get('2020-2021/I/1')?.[0]).toMatchObject({
      status: 'in-progress',
      percent: 40,
      done: 'Cuestionario enviado',
    });
    expect(state.budget).toEqual([
      expect.objectContaining({ amount: 1200.5, currency: 'USD', source: 'INDEC', group: '2020-2021/I' }),
    ]);
    const corrected = state.reports.find((r) => r.id === 'seed-2009-2011-MDG-2');
    expect(corrected?.obstacles).toBe(
      'Falta de financiamiento para el segundo seminario (nota de la coordinación)',
    );
    // …while the fields nobody touched take the new edition: no invented percentage or status.
    expect(corrected).toMatchObject({ percent: null, status: null, actualStart: null });
  });

  it('shows the one field where the user and the new edition both replaced the old seed as a conflict the user won', async () => {
    const conflicts = findConflicts((await opened()).ops);
    expect(conflicts.map((c) => [c.key, c.field, c.winner.value, c.losers.map((l) => l.site)])).toEqual([
      [
        'seed-2009-2011-MDG-2',
        'obstacles',
        'Falta de financiamiento para el segundo seminario (nota de la coordinación)',
        ['0000000000000000'],
      ],
    ]);
  });

  it('receives the new seed facts: statuses from the report, objective 7, the meetings and the programmes as the documents give them', async () => {
    const db = await opened();
    const state = deriveState(db);
    const seeded = state.reports.filter((r) => r.id.startsWith('seed-'));
    expect(seeded.map((r) => [r.objective, r.status, r.percent])).toEqual(
      [1, 4, 2, 5, 3, 6, 7].map((n) => [
        `2009-2011/MDG/objective-${n}`,
        n === 1 ? 'completed' : n === 3 ? 'reformulated' : null,
        null,
      ]),
    );
    expect(state.meetings).toHaveLength(8);
    expect(db.programmes).toEqual(loadSeed(defaultSeedDir()).programmes);
    expect(db.programmes.find((p) => p.id === '2020-2021')?.versions?.map((v) => v.status)).toEqual([
      'draft',
    ]);
  });

  it('keeps the file as it was among the backups, and a second opening changes nothing', async () => {
    const first = await opened();
    const kept = readdirSync(join(env.dir, 'backups')).map((n) =>
      readFileSync(join(env.dir, 'backups', n), 'utf8'),
    );
    expect(kept).toContain(readFileSync(FIXTURE, 'utf8'));
    const second = await opened();
    expect(second.ops).toEqual(first.ops);
    expect(second.programmes).toEqual(first.programmes);
  });
});

describe('edition 1 seed operations arriving from an installation not yet upgraded', () => {
  it('cannot bring back a percentage or status the report does not state, whatever the order', () => {
    const edition1 = before.ops.filter((op) => op.site === '0000000000000000');
    const fresh = loadSeed(defaultSeedDir());
    const reportsOf = (ops: Operation[]) =>
      deriveState({ ...fresh, ops }).reports.filter((r) => r.id.startsWith('seed-'));
    const expected = reportsOf(fresh.ops);
    expect(reportsOf(mergeOps(fresh.ops, edition1).ops)).toEqual(expected);
    expect(reportsOf(mergeOps(edition1, fresh.ops).ops)).toEqual(expected);
  });
});
