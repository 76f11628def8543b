import { createReadStream, writeFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { join } from 'node:path';
import { resourceUsage } from 'node:process';
import { operationIssue } from '../../../shared/model/checkOperation';
import type { Operation } from '../../../shared/model';
import { fold } from '../../../shared/sync/fold';
import { OperationPool } from '../../../shared/sync/intern';
import { mergeOps } from '../../../shared/sync/merge';
import { figure, type Figures } from '../figures';
import { generate, mulberry32 } from '../generate';

export const MERGE_OPS = 100_000;

/**
 * The merge case, written by the parent so the measuring process holds only its input: the
 * secretariat holds half of 100,000 operations and a consolidated bundle brings all 100,000, in an
 * order unlike its own, so half are new and half already known. One operation per line, so that
 * reading it back never holds the whole file as one string, which would dwarf the merge's own peak.
 */
export function writeMergeInput(dir: string, dataDir: string): void {
  const { installations } = generate({ scale: 30, dataDir });
  const all = installations.flatMap((i) => i.ops);
  if (all.length < MERGE_OPS)
    throw new Error(`the generator made ${all.length} operations, fewer than ${MERGE_OPS}`);
  const ops = all.slice(0, MERGE_OPS);
  const rand = mulberry32(100);
  const incoming = ops
    .map((op) => ({ op, r: rand() }))
    .sort((a, b) => a.r - b.r)
    .map((x) => x.op);
  const lines = (list: Operation[]) => list.map((op) => JSON.stringify(op)).join('\n');
  writeFileSync(join(dir, 'merge-held.ndjson'), lines(ops.filter((_, i) => i % 2 === 0)));
  writeFileSync(join(dir, 'merge-incoming.ndjson'), lines(incoming));
}

/**
 * The operations of one file as the app holds them once read: each checked as the database loader
 * and the bundle reader check it, and its repeated parts shared through one pool per file, as they
 * share them (shareRepeats). Line by line, so that reading does not set the peak before the merge.
 */
async function readOps(file: string): Promise<Operation[]> {
  const out: Operation[] = [];
  const pool = new OperationPool();
  for await (const line of createInterface({ input: createReadStream(file), crlfDelay: Infinity })) {
    if (!line) continue;
    const value: unknown = JSON.parse(line);
    const issue = operationIssue(value);
    if (issue !== null) throw new Error(`${file}, operation ${out.length + 1}: ${issue}`);
    out.push(pool.share(value as Operation));
  }
  return out;
}

const mb = (bytes: number) => bytes / 1e6;

/**
 * Merge (union by stamp) then fold to the visible state, as an import does, in a process of its own:
 * peak memory is the process's maxRSS, input included, since the app holds its operations too.
 */
export async function mergeTask(args: { dir: string }): Promise<Figures> {
  const start = process.memoryUsage().rss;
  const input = {
    held: await readOps(join(args.dir, 'merge-held.ndjson')),
    incoming: await readOps(join(args.dir, 'merge-incoming.ndjson')),
  };
  globalThis.gc?.();
  const before = process.memoryUsage().rss;
  const t0 = performance.now();
  const merged = mergeOps(input.held, input.incoming);
  const state = fold(merged.ops);
  const ms = performance.now() - t0;
  if (merged.ops.length !== MERGE_OPS || merged.added.length + merged.known !== input.incoming.length)
    throw new Error('merge lost operations');
  const peak = resourceUsage().maxRSS * 1024;
  const records = state.progress.size + state.budget.size;
  const after = process.memoryUsage().rss;
  const note = `${merged.added.length} new, ${merged.known} known, ${records} records; RSS ${mb(start).toFixed(0)} MB at start (Node and tsx), ${mb(before).toFixed(0)} MB holding the input, ${mb(after).toFixed(0)} MB after`;
  return {
    merge_time: figure(`merge + fold of ${MERGE_OPS} operations`, ms, 'ms', null, { max: 2000 }, note),
    merge_peak_memory: figure(
      `merge of ${MERGE_OPS} operations, peak RSS`,
      mb(peak),
      'MB',
      null,
      { max: 300 },
      note,
    ),
  };
}
