import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, freemem, loadavg, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { notMeasured, RESULT_MARK, table, type Figure, type Figures, type Target } from './figures';
import { peerComparisons } from './peers';

/**
 * `npm run bench [-- --out FILE] [-- --only store,merge,...] [-- --sizes 1,10]`: every figure of issue 6
 * and the peers of issue 12 (SQLite, Yjs), each task in a process of its own (see task.ts), printed as
 * tables and optionally written as JSON. A missed target is reported, never a failed run.
 */

const root = join(import.meta.dirname, '..', '..');
const dataDir = join(root, 'data');
const SCALES: readonly number[] = [1, 10, 100];

interface Expected {
  key: string;
  label: string;
  unit: Figure['unit'];
  target: Target;
}

interface Job {
  name: string;
  task: string;
  args: Record<string, unknown>;
  /** The figures the task gives, so a task that cannot run still shows each one as not measured. */
  expects: Expected[];
  /** Runs in the parent before the task, e.g. writing its input. */
  prepare?: () => Promise<void>;
  heapMb?: number;
}

interface Options {
  out: string | null;
  only: Set<string> | null;
  scales: readonly number[];
}

function options(argv: string[]): Options {
  let out: string | null = null;
  let only: Set<string> | null = null;
  let scales = SCALES;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--out') out = argv[++i] ?? null;
    else if (a?.startsWith('--out=')) out = a.slice('--out='.length);
    else if (a === '--only') only = new Set((argv[++i] ?? '').split(','));
    else if (a === '--sizes') {
      const asked = (argv[++i] ?? '').split(',').map(Number);
      const unknown = asked.filter((n) => !SCALES.includes(n));
      if (unknown.length > 0)
        throw new Error(`--sizes takes some of ${SCALES.join(',')}, not ${unknown.join(',')}`);
      scales = asked;
    }
  }
  return { out, only, scales };
}

/** Why a task failed, in a line: a module not written yet is the usual case while the app is built. */
function reasonOf(stderr: string, code: number | null): string {
  const missing = /Cannot find (?:module|package) '([^']+)'/.exec(stderr);
  if (missing) return `${missing[1]} is not there yet`;
  const lines = stderr
    .trim()
    .split('\n')
    .filter((l) => l.trim() !== '' && !l.includes('npm warn') && !/^\s+at /.test(l));
  const error = lines.find((l) => /Error|error:/.test(l)) ?? lines.at(-1);
  return (error ?? `exit code ${code}`).trim().slice(0, 160);
}

async function runJob(job: Job): Promise<Figures> {
  const fallback = (reason: string): Figures =>
    Object.fromEntries(job.expects.map((e) => [e.key, notMeasured(e.label, e.unit, e.target, reason)]));
  try {
    await job.prepare?.();
  } catch (e) {
    return fallback(reasonOf(e instanceof Error ? (e.stack ?? e.message) : String(e), null));
  }
  const args = [
    '--expose-gc',
    `--max-old-space-size=${job.heapMb ?? 4096}`,
    '--import',
    'tsx',
    join(import.meta.dirname, 'task.ts'),
    job.task,
    JSON.stringify(job.args),
  ];
  return new Promise((resolve) => {
    const child = spawn(process.execPath, args, { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr = (stderr + d.toString()).slice(-20_000)));
    child.on('close', (code) => {
      const line = stdout.split('\n').find((l) => l.startsWith(RESULT_MARK));
      if (code === 0 && line) resolve(JSON.parse(line.slice(RESULT_MARK.length)) as Figures);
      else resolve(fallback(reasonOf(stderr, code)));
    });
  });
}

/**
 * Fewer loads as the database grows: a 100x load takes seconds, not milliseconds. Saves are cheap at
 * every size, so there are enough of them for a p95 that one garbage collection does not decide.
 */
function storeRuns(scale: number): { loads: number; saves: number } {
  if (scale >= 100) return { loads: 3, saves: 40 };
  if (scale >= 10) return { loads: 5, saves: 100 };
  return { loads: 25, saves: 200 };
}

function storeExpects(scale: number): Expected[] {
  const s = `${scale}x`;
  return [
    { key: `load_${s}`, label: `database load ${s}`, unit: 'ms', target: { maxRatio: 2 } },
    { key: `save_p50_${s}`, label: `save after a small change ${s}, p50`, unit: 'ms', target: {} },
    {
      key: `save_p95_${s}`,
      label: `save after a small change ${s}, p95`,
      unit: 'ms',
      target: scale === 10 ? { maxRatio: 2, max: 50 } : { maxRatio: 2 },
    },
    { key: `fold_${s}`, label: `journal folded into the file on close ${s}`, unit: 'ms', target: {} },
  ];
}

function sqliteExpects(scale: number): Expected[] {
  const s = `${scale}x`;
  return [
    { key: `sqlite_load_${s}`, label: `SQLite peer: database load ${s}`, unit: 'ms', target: {} },
    {
      key: `sqlite_save_p50_${s}`,
      label: `SQLite peer: save of one operation ${s}, p50`,
      unit: 'ms',
      target: {},
    },
    {
      key: `sqlite_save_p95_${s}`,
      label: `SQLite peer: save of one operation ${s}, p95`,
      unit: 'ms',
      target: {},
    },
  ];
}

function jobs(work: string, scales: readonly number[]): Job[] {
  return [
    {
      name: 'renderer',
      task: 'rendererSize',
      args: { root, outDir: join(work, 'renderer') },
      expects: [
        {
          key: 'renderer_initial_js_gzip',
          label: 'renderer initial JS, gzipped',
          unit: 'KB',
          target: { max: 350 },
        },
      ],
    },
    ...scales.flatMap((scale): Job[] => [
      {
        name: 'store',
        task: 'store',
        args: { scale, dir: work, dataDir, ...storeRuns(scale) },
        expects: storeExpects(scale),
        heapMb: scale >= 100 ? 14_000 : 4096,
      },
      {
        name: 'store',
        task: 'sqlite',
        args: { scale, dir: work, dataDir, ...storeRuns(scale) },
        expects: sqliteExpects(scale),
        heapMb: scale >= 100 ? 14_000 : 4096,
      },
    ]),
    {
      name: 'merge',
      task: 'merge',
      args: { dir: work },
      prepare: async () => (await import('./tasks/merge')).writeMergeInput(work, dataDir),
      expects: [
        { key: 'merge_time', label: 'merge + fold of 100000 operations', unit: 'ms', target: { max: 2000 } },
        {
          key: 'merge_peak_memory',
          label: 'merge of 100000 operations, peak RSS',
          unit: 'MB',
          target: { max: 300 },
        },
      ],
    },
    {
      // Reads the input the merge job wrote, so `--only merge` runs both.
      name: 'merge',
      task: 'yjsMerge',
      args: { dir: work },
      expects: [
        {
          key: 'merge_yjs',
          label: 'Yjs peer: merge + read of the same 100000 edits',
          unit: 'ms',
          target: {},
        },
      ],
    },
    {
      name: 'import',
      task: 'bundles',
      args: { dir: work, dataDir, runs: 5 },
      expects: [
        {
          key: 'import_33_bundles',
          label: 'import of 33 country bundles into the secretariat (1x)',
          unit: 'ms',
          target: { maxRatio: 3, max: 1000 },
        },
        {
          key: 'reimport_33_bundles',
          label: 'the same import again (nothing new)',
          unit: 'ms',
          target: { max: 300 },
        },
      ],
    },
    {
      name: 'sheets',
      task: 'sheets',
      args: { dir: work, dataDir, htmlRuns: 5, pdfRuns: 2 },
      expects: [
        {
          key: 'sheets_html_11',
          label: 'status sheet HTML, all 11 groups',
          unit: 'ms',
          target: { max: 200 },
        },
        { key: 'sheets_pdf_11', label: 'status sheet PDF, all 11 groups (Chromium)', unit: 'ms', target: {} },
      ],
    },
    {
      name: 'render',
      task: 'firstRender',
      args: { root, outDir: join(work, 'renderer'), dir: work, dataDir, runs: 5 },
      expects: [
        {
          key: 'overview_first_render',
          label: 'overview first render, browser mode (Chromium)',
          unit: 'ms',
          target: { max: 1000 },
        },
      ],
    },
  ];
}

function machine(): string {
  const cpu = cpus()[0]?.model ?? 'unknown CPU';
  const gb = (b: number) => `${(b / 2 ** 30).toFixed(1)} GiB`;
  // The load average says how much of the machine others were using: timings (not ratios) depend on it.
  const load = loadavg()
    .map((l) => l.toFixed(1))
    .join(' ');
  return `${new Date().toISOString()} · ${availableParallelism()} cores (${cpu}) · ${gb(totalmem())} RAM (${gb(freemem())} free) · load ${load} · node ${process.version} · ${process.platform}`;
}

async function main(): Promise<void> {
  const { out, only, scales } = options(process.argv.slice(2));
  const work = mkdtempSync(join(tmpdir(), 'cea-bench-'));
  const started = performance.now();
  const figures: Figures = {};
  try {
    for (const job of jobs(work, scales)) {
      if (only && !only.has(job.name)) continue;
      const t0 = performance.now();
      process.stderr.write(`bench: ${job.task} ${JSON.stringify(job.args.scale ?? '')}… `);
      Object.assign(figures, await runJob(job));
      process.stderr.write(`${((performance.now() - t0) / 1000).toFixed(1)} s\n`);
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  const peers = peerComparisons(figures, scales);
  const took = `bench took ${((performance.now() - started) / 1000).toFixed(0)} s`;
  process.stdout.write(
    `\n${machine()}\n\n${table(figures)}\n\nAgainst the peers (issue 12), ratio = app / peer:\n\n${table(peers, 'peer')}\n\n${took}\n`,
  );
  if (out) writeFileSync(out, `${JSON.stringify({ ...figures, ...peers }, null, 2)}\n`);
}

await main();
