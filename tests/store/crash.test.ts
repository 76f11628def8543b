import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { openStore, readDatabase } from '../../electron/store';
import { IDENTITY, tempDir } from './helpers';

const KILLS = 200;
let writer: string;
let env: ReturnType<typeof tempDir>;

beforeAll(async () => {
  // A prebuilt bundle starts in a fraction of tsx's time, which is what makes 200 restarts affordable.
  writer = join(mkdtempSync(join(tmpdir(), 'cea-crash-writer-')), 'crashWriter.mjs');
  await build({
    entryPoints: [join(import.meta.dirname, 'crashWriter.ts')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    minify: true,
    outfile: writer,
    logLevel: 'error',
  });
  env = tempDir();
});
afterAll(() => env.cleanup());

interface Run {
  acked: number | null;
  exit: string | null;
  stderr: string;
}

/** Starts the writer and SIGKILLs it after `afterAcks` acknowledgements plus a random few milliseconds. */
function runAndKill(file: string, afterAcks: number): Promise<Run> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [writer, file], { stdio: ['ignore', 'pipe', 'pipe'] });
    let acked: number | null = null;
    let seen = 0;
    let buffer = '';
    let stderr = '';
    let armed = false;
    const kill = () => {
      if (armed) return;
      armed = true;
      setTimeout(() => child.kill('SIGKILL'), Math.floor(Math.random() * 4));
    };
    child.stdout.on('data', (chunk: Buffer) => {
      buffer += chunk.toString();
      const lines = buffer.split('\n');
      buffer = lines.pop() ?? '';
      for (const line of lines) {
        acked = Number(line);
        seen++;
      }
      if (seen >= afterAcks) kill();
    });
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    // Kills before the first acknowledgement land during start-up and opening.
    if (afterAcks === 0) setTimeout(kill, Math.floor(Math.random() * 120));
    child.on('exit', (code, signal) => resolve({ acked, exit: signal ?? String(code), stderr }));
  });
}

interface LaneResult {
  committed: number;
  ahead: number;
}

/** Kills a writer of `file` `kills` times, checking the file after each kill. */
async function lane(file: string, kills: number): Promise<LaneResult> {
  const setup = await openStore({ file, dataDir: env.emptyData, createIfMissing: true });
  await setup.update((d) => {
    d.identity = IDENTITY;
  });
  await setup.close();
  let committed = 0;
  // Kills that landed after a commit reached the disk but before its acknowledgement was read.
  let ahead = 0;
  for (let kill = 0; kill < kills; kill++) {
    const run = await runAndKill(file, Math.floor(Math.random() * 4));
    expect(run.exit, run.stderr).toBe('SIGKILL');
    const lastAcked = run.acked ?? committed;
    const db = await readDatabase(file);
    const count = db.ops.length;
    expect([lastAcked, lastAcked + 1]).toContain(count);
    expect(db.ops.map((o) => o.fields.n)).toEqual(Array.from({ length: count }, (_, i) => i + 1));
    if (count === lastAcked + 1) ahead++;
    committed = count;
  }
  // The last writer died holding the lock and maybe a temp file: opening takes over and cleans up.
  const after = await openStore({ file });
  expect(after.read().ops).toHaveLength(committed);
  await after.close();
  return { committed, ahead };
}

it(`the file and its journal always hold the last acknowledged state or the next one, over ${KILLS} SIGKILLs`, async () => {
  const started = performance.now();
  // Two databases side by side, killed in parallel: half the wall time on two cores, and each
  // writer's start-up cleanup must leave the other's temp files alone.
  const lanes = await Promise.all([
    lane(join(env.dir, 'a.json'), KILLS / 2),
    lane(join(env.dir, 'b.json'), KILLS / 2),
  ]);
  const seconds = (performance.now() - started) / 1000;
  const committed = lanes.reduce((n, l) => n + l.committed, 0);
  const ahead = lanes.reduce((n, l) => n + l.ahead, 0);
  console.log(
    `crash test: ${KILLS} kills, ${committed} commits survived, ${ahead} kills left the next state, ${seconds.toFixed(1)} s`,
  );
  expect(readdirSync(env.dir).filter((n) => n.endsWith('.tmp'))).toEqual([]);
}, 180_000);
