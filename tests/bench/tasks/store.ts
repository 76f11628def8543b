import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { openStore, type Store } from '../../../electron/store';
import { serializeDatabase } from '../../../electron/store/serialize';
import { writeDurablyFloor } from '../durableWrite';
import { figure, median, percentile, timeRuns, type Figures } from '../figures';
import { generate } from '../generate';

export interface StoreArgs {
  scale: number;
  dir: string;
  dataDir: string;
  loads: number;
  saves: number;
}

/**
 * Load and save of the secretariat's database at one scale, each against its floor: JSON.parse of the
 * same file for a load; writing the same bytes with fsync and rename for a save.
 */
export async function storeTask(args: StoreArgs): Promise<Figures> {
  const file = join(args.dir, `cea-tracker-${args.scale}x.json`);
  const progressKey = (() => {
    const { db } = generate({ scale: args.scale, dataDir: args.dataDir });
    writeFileSync(file, serializeDatabase(db));
    const key = db.ops.findLast((op) => op.entity === 'progress')?.key;
    if (!key) throw new Error('generated data has no progress report');
    return key;
  })();
  const mb = (readFileSync(file).length / 1e6).toFixed(0);
  const big = args.scale >= 100;

  const budget = big ? 60_000 : Infinity;
  const floorLoad = await timeRuns(args.loads, () => JSON.parse(readFileSync(file, 'utf8')), !big);
  let store: Store | null = null;
  const load = await timeRuns(
    args.loads,
    async () => {
      await store?.close();
      store = await openStore({ file, dataDir: args.dataDir });
    },
    !big,
    budget,
  );
  const open = store as Store | null;
  if (!open) throw new Error('the store did not open');

  const saves: number[] = [];
  const floors: number[] = [];
  const floorFile = join(args.dir, 'floor.json');
  const savesStart = performance.now();
  for (let i = 0; i < args.saves; i++) {
    if (saves.length >= 2 && performance.now() - savesStart > budget) break;
    const t0 = performance.now();
    await open.commit([{ entity: 'progress', key: progressKey, fields: { percent: i % 101 } }]);
    saves.push(performance.now() - t0);
    const bytes = Buffer.from(serializeDatabase(open.read()));
    const t1 = performance.now();
    writeDurablyFloor(floorFile, bytes);
    floors.push(performance.now() - t1);
  }
  await open.close();

  const s = `${args.scale}x`;
  const note = `${mb} MB file, ${load.length} loads, ${saves.length} saves`;
  return {
    [`load_${s}`]: figure(`database load ${s} (${mb} MB)`, median(load), 'ms', median(floorLoad), { maxRatio: 2 }, note),
    [`save_p50_${s}`]: figure(`save after a small change ${s}, p50`, median(saves), 'ms', median(floors), {}, note),
    [`save_p95_${s}`]: figure(
      `save after a small change ${s}, p95`,
      percentile(saves, 95),
      'ms',
      percentile(floors, 95),
      args.scale === 10 ? { maxRatio: 2, max: 50 } : { maxRatio: 2 },
      note,
    ),
  };
}
