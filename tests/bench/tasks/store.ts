import { closeSync, existsSync, openSync, readFileSync, readSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { openStore, type Store } from '../../../electron/store';
import { journalPathOf, newGeneration } from '../../../electron/store/journal';
import { snapshotText } from '../../../electron/store/serialize';
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
 * The bytes a save added to the journal: from `offset` to its end, or all of it when the save folded
 * the journal into the file and started a new one.
 */
function appended(journal: string, offset: number): Buffer {
  const size = statSync(journal).size;
  const from = size >= offset ? offset : 0;
  const bytes = Buffer.alloc(size - from);
  const fd = openSync(journal, 'r');
  try {
    readSync(fd, bytes, 0, bytes.length, from);
  } finally {
    closeSync(fd);
  }
  return bytes;
}

/**
 * Load and save of the secretariat's database at one scale, each against its floor: JSON.parse of the
 * same file for a load; for a save, writing the bytes it wrote (its journal record) with fsync and
 * rename. Closing folds the journal into a rewritten file: timed too, against writing that file.
 */
export async function storeTask(args: StoreArgs): Promise<Figures> {
  const file = join(args.dir, `cea-tracker-${args.scale}x.json`);
  const progressKey = (() => {
    const { db } = generate({ scale: args.scale, dataDir: args.dataDir });
    // As the store writes it: the database with its journal generation.
    writeFileSync(file, snapshotText(db, newGeneration()));
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
  const recordBytes: number[] = [];
  const floorFile = join(args.dir, 'floor.json');
  const journal = journalPathOf(file);
  const savesStart = performance.now();
  for (let i = 0; i < args.saves; i++) {
    if (saves.length >= 2 && performance.now() - savesStart > budget) break;
    const offset = existsSync(journal) ? statSync(journal).size : 0;
    const t0 = performance.now();
    await open.commit([{ entity: 'progress', key: progressKey, fields: { percent: i % 101 } }]);
    saves.push(performance.now() - t0);
    const bytes = appended(journal, offset);
    recordBytes.push(bytes.length);
    const t1 = performance.now();
    writeDurablyFloor(floorFile, bytes);
    floors.push(performance.now() - t1);
  }
  const t2 = performance.now();
  await open.close();
  const fold = performance.now() - t2;
  const folded = readFileSync(file);
  const t3 = performance.now();
  writeDurablyFloor(floorFile, folded);
  const foldFloor = performance.now() - t3;

  const s = `${args.scale}x`;
  const note = `${mb} MB file, ${load.length} loads, ${saves.length} saves of ${median(recordBytes)} bytes each (journal records)`;
  return {
    [`load_${s}`]: figure(
      `database load ${s} (${mb} MB)`,
      median(load),
      'ms',
      median(floorLoad),
      { maxRatio: 2 },
      note,
    ),
    [`save_p50_${s}`]: figure(
      `save after a small change ${s}, p50`,
      median(saves),
      'ms',
      median(floors),
      {},
      note,
    ),
    [`save_p95_${s}`]: figure(
      `save after a small change ${s}, p95`,
      percentile(saves, 95),
      'ms',
      percentile(floors, 95),
      args.scale === 10 ? { maxRatio: 2, max: 50 } : { maxRatio: 2 },
      note,
    ),
    [`fold_${s}`]: figure(
      `journal folded into the file on close ${s}`,
      fold,
      'ms',
      foldFloor,
      {},
      `one run; the floor writes the same ${mb} MB with fsync and rename`,
    ),
  };
}
