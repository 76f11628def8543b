import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Change, JsonValue } from '../../shared/model/ops';
import type { Identity } from '../../shared/model/records';
import { exportBundle, type ExportResult } from '../../electron/bundle/export';
import { importBundles } from '../../electron/bundle/import';
import { openStore, type Store } from '../../electron/store';

export const DATA_DIR = join(import.meta.dirname, '../../data');

export function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'cea-bundle-'));
}

let counter = 0;

/** A real installation: its own database file, seeded from data/, with an identity as after first run. */
export async function installation(
  dir: string,
  who: Pick<Identity, 'role' | 'country' | 'groups'> & { name?: string },
  now?: () => number,
): Promise<Store> {
  counter++;
  const installation = (counter.toString(16) + 'abcdef0123456789').slice(0, 16).padStart(16, '0');
  const store = await openStore({
    file: join(dir, `${who.country ?? who.role}-${counter}.json`),
    dataDir: DATA_DIR,
    createIfMissing: true,
    ...(now ? { now } : {}),
  });
  await store.update((db) => {
    db.identity = {
      name: who.name ?? `${who.role} ${who.country ?? ''}`.trim(),
      email: `${(who.country ?? 'sec').toLowerCase()}@example.org`,
      role: who.role,
      country: who.country,
      groups: who.groups,
      lang: 'es',
      installation,
    };
  });
  return store;
}

let reportCounter = 0;

/** A new progress report of `country` on `activity`, as the progress form of that country's installation (of `role`) saves it. */
export function reportChange(
  country: string,
  activity: string,
  percent: number,
  role: Identity['role'] = 'focal-point',
): Change {
  reportCounter++;
  const fields: Record<string, JsonValue> = {
    activity,
    objective: null,
    status: percent === 100 ? 'completed' : 'in-progress',
    percent,
    actualStart: '2020-03',
    actualEnd: null,
    done: `Work of ${country} #${reportCounter}`,
    obstacles: '',
    nextSteps: '',
    evidence: [],
    reportDate: '2020-06-30',
    author: { name: `${role} ${country}`, email: `${country.toLowerCase()}@example.org`, country, role },
    country,
    narrative: null,
  };
  return { entity: 'progress', key: `p-${country.toLowerCase()}-${reportCounter}`, fields };
}

/** Argentina's focal point with one report on I/1, whose first bundle the secretariat has imported, trusting its key. */
export async function argentinaKnownToSecretariat(): Promise<{
  dir: string;
  arg: Store;
  sec: Store;
  first: ExportResult;
}> {
  const dir = tempDir();
  const arg = await installation(dir, { role: 'focal-point', country: 'ARG', groups: ['2020-2021/I'] });
  const sec = await installation(dir, { role: 'secretariat', country: null, groups: [] });
  await arg.commit([reportChange('ARG', '2020-2021/I/1', 40)]);
  const first = await exportBundle(arg, { all: true });
  await importBundles(sec, [{ name: 'first.ceabundle', bytes: first.bytes }], { trustNew: true });
  return { dir, arg, sec, first };
}
